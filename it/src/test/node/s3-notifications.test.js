// The S3 notification custom resource, exactly as the packaged template carries it (SLUICE_HANDLER), run by
// CloudFormation-shaped requests against an S3 API on loopback (S3_ENDPOINT). Responses go to a local server
// standing where CloudFormation's pre-signed response URL would be.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const {
  S3Client, CreateBucketCommand, GetBucketNotificationConfigurationCommand, PutBucketNotificationConfigurationCommand,
} = require('@aws-sdk/client-s3');

const region = 'us-east-1';
const account = '123456789012';
const s3 = new S3Client({
  endpoint: process.env.S3_ENDPOINT,
  forcePathStyle: true,
  region,
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const resource = require(process.env.SLUICE_HANDLER);
resource.s3 = s3;

const fn = (name) => 'arn:aws:lambda:' + region + ':' + account + ':function:' + name;
const context = { getRemainingTimeInMillis: () => 60000, logStreamName: '2026/11/27/[$LATEST]0123' };

let responses = [];
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => {
    responses.push({ method: request.method, url: request.url, body: JSON.parse(body) });
    response.end();
  });
});

test.before(() => new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
test.after(() => server.close());

async function send(requestType, properties, oldProperties) {
  responses = [];
  const event = {
    RequestType: requestType,
    ResponseURL: 'http://127.0.0.1:' + server.address().port + '/cfn-response?signature=abc',
    StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/shop-dev/1',
    RequestId: 'request-' + requestType,
    LogicalResourceId: 'UploadsBucketNotifications',
    ResourceType: 'Custom::SluiceS3Notifications',
    ResourceProperties: { ServiceToken: fn('shop-dev-s3-notifications'), ...properties },
  };
  if (oldProperties) event.OldResourceProperties = oldProperties;
  await resource.handler(event, context);
  assert.equal(responses.length, 1, 'exactly one response to CloudFormation');
  assert.equal(responses[0].method, 'PUT');
  assert.equal(responses[0].url, '/cfn-response?signature=abc');
  const answer = responses[0].body;
  assert.equal(answer.RequestId, 'request-' + requestType);
  assert.equal(answer.StackId, event.StackId);
  assert.equal(answer.LogicalResourceId, 'UploadsBucketNotifications');
  return answer;
}

async function notifications(bucket) {
  const current = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }));
  const byId = {};
  for (const c of current.LambdaFunctionConfigurations || []) byId[c.Id] = c;
  return { lambdas: byId, queues: current.QueueConfigurations || [] };
}

const index = {
  Id: 'shop-dev-index', FunctionArn: fn('shop-dev-index'), Events: ['s3:ObjectCreated:*'],
  Prefix: 'feeds/', Suffix: '.json',
};
const receive = {
  Id: 'shop-dev-receive', FunctionArn: fn('shop-dev-receive'), Events: ['s3:ObjectCreated:Put'],
  Prefix: 'partners/', Suffix: '.csv',
};

test('create adds this stack\'s notifications and keeps everyone else\'s', async () => {
  await s3.send(new CreateBucketCommand({ Bucket: 'acme-uploads' }));
  // Somebody else's configuration: another stack's function and a queue.
  await s3.send(new PutBucketNotificationConfigurationCommand({
    Bucket: 'acme-uploads',
    NotificationConfiguration: {
      LambdaFunctionConfigurations: [{
        Id: 'billing-prod-archive', LambdaFunctionArn: fn('billing-prod-archive'), Events: ['s3:ObjectRemoved:*'],
      }],
      QueueConfigurations: [{
        Id: 'audit-queue', QueueArn: 'arn:aws:sqs:us-east-1:123456789012:audit', Events: ['s3:ObjectCreated:Copy'],
      }],
    },
  }));

  const answer = await send('Create', { Bucket: 'acme-uploads', Configurations: [index, receive] });
  assert.equal(answer.Status, 'SUCCESS', answer.Reason);
  assert.equal(answer.PhysicalResourceId, 'sluice-s3-notifications-acme-uploads');

  const { lambdas, queues } = await notifications('acme-uploads');
  assert.deepEqual(Object.keys(lambdas).sort(), ['billing-prod-archive', 'shop-dev-index', 'shop-dev-receive']);
  assert.equal(lambdas['shop-dev-index'].LambdaFunctionArn, fn('shop-dev-index'));
  assert.deepEqual(lambdas['shop-dev-index'].Events, ['s3:ObjectCreated:*']);
  assert.deepEqual(lambdas['shop-dev-index'].Filter.Key.FilterRules.map((r) => r.Name.toLowerCase() + '=' + r.Value),
    ['prefix=feeds/', 'suffix=.json']);
  assert.deepEqual(lambdas['shop-dev-receive'].Events, ['s3:ObjectCreated:Put']);
  assert.deepEqual(lambdas['billing-prod-archive'].Events, ['s3:ObjectRemoved:*']);
  assert.deepEqual(queues.map((q) => q.Id), ['audit-queue']);
});

test('update replaces this stack\'s notifications and drops the ones it no longer declares', async () => {
  const old = { Bucket: 'acme-uploads', Configurations: [index, receive] };
  const changed = { ...index, Suffix: '.ndjson' };
  const answer = await send('Update', { Bucket: 'acme-uploads', Configurations: [changed] }, old);
  assert.equal(answer.Status, 'SUCCESS', answer.Reason);

  const { lambdas, queues } = await notifications('acme-uploads');
  assert.deepEqual(Object.keys(lambdas).sort(), ['billing-prod-archive', 'shop-dev-index']);
  assert.deepEqual(lambdas['shop-dev-index'].Filter.Key.FilterRules.map((r) => r.Value), ['feeds/', '.ndjson']);
  assert.equal(queues.length, 1);
});

test('delete removes only this stack\'s notifications', async () => {
  const answer = await send('Delete', { Bucket: 'acme-uploads', Configurations: [{ ...index, Suffix: '.ndjson' }] });
  assert.equal(answer.Status, 'SUCCESS', answer.Reason);
  const { lambdas, queues } = await notifications('acme-uploads');
  assert.deepEqual(Object.keys(lambdas), ['billing-prod-archive']);
  assert.deepEqual(queues.map((q) => q.Id), ['audit-queue']);
});

test('delete succeeds when the bucket is already gone, so the stack can still be deleted', async () => {
  const answer = await send('Delete', { Bucket: 'acme-gone', Configurations: [index] });
  assert.equal(answer.Status, 'SUCCESS', answer.Reason);
});

test('create on a missing bucket fails with a reason naming the bucket and the S3 error', async () => {
  const answer = await send('Create', { Bucket: 'acme-missing', Configurations: [index] });
  assert.equal(answer.Status, 'FAILED');
  assert.match(answer.Reason, /^Create of notifications on bucket acme-missing failed: NoSuchBucket: /);
  assert.match(answer.Reason, /\(log stream 2026\/11\/27\/\[\$LATEST\]0123\)$/);
  assert.equal(answer.PhysicalResourceId, 'sluice-s3-notifications-acme-missing');
});
