// Custom matchers for aws-sdk-client-mock: expect(mock).toHaveReceivedCommandWith(...)
import 'aws-sdk-client-mock-vitest/extend';
