/**
 * What a module's {@code serverless.yml} says, as values: the functions with their events, the roles with their
 * statements, and every resource the stack gets. Builders in {@code descriptor} decide the values; each record
 * spells only itself in the Serverless Framework's or CloudFormation's words ({@code template()}), and
 * {@code DescriptorWriter} lays the document out. Values that are CloudFormation expressions (an ARN that is a
 * {@code Fn::GetAtt}, say) are held as the string or mapping {@code Refs} made them.
 */
package dev.sluice.processor.descriptor.spec;
