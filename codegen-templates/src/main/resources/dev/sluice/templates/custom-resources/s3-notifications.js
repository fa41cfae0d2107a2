// Sluice: S3 -> Lambda notifications on a bucket this stack does not own (a CloudFormation custom resource).
// It adds, replaces and removes only the configurations whose Id it wrote; every other configuration on the
// bucket (other stacks', queues', topics', EventBridge) is written back unchanged.
// No template literals: the Serverless Framework would read their dollar-brace as its own variables.
const {
  S3Client, GetBucketNotificationConfigurationCommand, PutBucketNotificationConfigurationCommand,
} = require('@aws-sdk/client-s3');

exports.s3 = new S3Client({});

function ids(properties) {
  return new Set(((properties && properties.Configurations) || []).map((c) => c.Id));
}

function lambdaConfiguration(c) {
  const rules = [];
  if (c.Prefix) rules.push({ Name: 'prefix', Value: c.Prefix });
  if (c.Suffix) rules.push({ Name: 'suffix', Value: c.Suffix });
  const configuration = { Id: c.Id, LambdaFunctionArn: c.FunctionArn, Events: c.Events };
  if (rules.length) configuration.Filter = { Key: { FilterRules: rules } };
  return configuration;
}

async function apply(bucket, remove, add) {
  const current = await exports.s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }));
  delete current.$metadata;
  const kept = (current.LambdaFunctionConfigurations || []).filter((c) => !remove.has(c.Id));
  current.LambdaFunctionConfigurations = kept.concat(add.map(lambdaConfiguration));
  await exports.s3.send(new PutBucketNotificationConfigurationCommand({
    Bucket: bucket, NotificationConfiguration: current,
  }));
}

async function change(event) {
  const properties = event.ResourceProperties;
  if (event.RequestType === 'Delete') {
    try {
      await apply(properties.Bucket, ids(properties), []);
    } catch (e) {
      if (e.name !== 'NoSuchBucket') throw e; // nothing left to clean up
    }
    return;
  }
  const remove = ids(properties);
  const old = event.OldResourceProperties;
  // A new bucket means a new physical id: CloudFormation then deletes the old one, which cleans the old bucket.
  if (old && old.Bucket === properties.Bucket) ids(old).forEach((id) => remove.add(id));
  await apply(properties.Bucket, remove, properties.Configurations || []);
}

async function respond(event, status, reason) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: 'sluice-s3-notifications-' + event.ResourceProperties.Bucket,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  });
  const response = await fetch(event.ResponseURL, { method: 'PUT', body, headers: { 'content-type': '' } });
  if (!response.ok) throw new Error('CloudFormation refused the response: HTTP ' + response.status);
}

exports.handler = async (event, context) => {
  let status = 'SUCCESS';
  let reason = '';
  try {
    // Answer before Lambda's own timeout: an unanswered request keeps the stack waiting for an hour.
    let timer;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('S3 did not answer in time')),
        context.getRemainingTimeInMillis() - 5000);
    });
    await Promise.race([change(event), deadline]).finally(() => clearTimeout(timer));
  } catch (e) {
    status = 'FAILED';
    reason = event.RequestType + ' of notifications on bucket ' + event.ResourceProperties.Bucket + ' failed: '
      + e.name + ': ' + e.message + ' (log stream ' + context.logStreamName + ')';
    console.error(reason);
  }
  await respond(event, status, reason);
};
