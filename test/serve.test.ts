import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('demo server', () => {
  it('listens on the loopback interface only', async () => {
    const result = (await executeServerCommand('demo-server-address')) as {
      address: string;
    };
    expect(result.address).to.equal('127.0.0.1');
  });
});
