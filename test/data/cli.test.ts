import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(...args: string[]): Promise<CliResult> {
  return executeServerCommand<CliResult, { args: string[] }>('run-cli', {
    args,
  }) as Promise<CliResult>;
}

describe('hrd-widgets validate (command line)', () => {
  it('accepts the bundled dataset', async () => {
    const result = await runCli('validate', 'data/hrd-instruments.json');
    expect(result.code).to.equal(0);
    expect(result.stdout).to.match(/data\/hrd-instruments\.json: valid/);
    expect(result.stderr).to.equal('');
  });

  it('prints each error with its path and exits 1', async () => {
    const result = await runCli('validate', 'test/fixtures/bad-status-group.json');
    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain(
      'test/fixtures/bad-status-group.json: ' +
        'countries[0].instruments[0].statusGroup: "adoptd" is not one of',
    );
    expect(result.stderr).to.contain('1 problem(s) found');
  });

  it('prints every error of a file, not only the first', async () => {
    const result = await runCli('validate', 'test/fixtures/wrong-shape.json');
    expect(result.code).to.equal(1);
    for (const path of ['version', 'asOf', 'title', 'modelLaw', 'countries']) {
      expect(result.stderr).to.contain(`wrong-shape.json: ${path}: is missing`);
    }
  });

  it('accepts a file with a byte order mark', async () => {
    const result = await runCli('validate', 'test/fixtures/bom-dataset.json');
    expect(result.code).to.equal(0);
    expect(result.stdout).to.contain('bom-dataset.json: valid (version bom-1');
    expect(result.stderr).to.equal('');
  });

  it('prints warnings and exits 1', async () => {
    const file = 'test/fixtures/warning-sources.json';
    const result = await runCli('validate', file);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.equal('');
    const warnings = result.stderr
      .split('\n')
      .filter((line) => line.startsWith(`${file}: warning: `));
    expect(warnings).to.deep.equal([
      `${file}: warning: countries[0].instruments[0].sources[1]: ` +
        '" JaVaScRiPt:alert(1)" is not an http or https URL; ' +
        'it is shown as text, not as a link',
      `${file}: warning: countries[0].instruments[0].sources[2]: ` +
        '"data:text/html,<script>alert(1)</script>" is not an http or https ' +
        'URL; it is shown as text, not as a link',
      `${file}: warning: countries[1].instruments[0].sources[0]: ` +
        '"javascript:alert(1)" is not an http or https URL; ' +
        'it is shown as text, not as a link',
    ]);
    expect(result.stderr).to.contain(
      `${file}: 3 problem(s) found (0 error(s), 3 warning(s))`,
    );
  });

  it('prints schema and consistency problems together', async () => {
    const file = 'test/fixtures/several-problems.json';
    const result = await runCli('validate', file);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain(
      `${file}: countries[0].instruments[0].statusGroup: "adoptd" is not one of`,
    );
    expect(result.stderr).to.contain(
      `${file}: countries[1].code: "XX" is not an ISO 3166-1 alpha-2 code`,
    );
    expect(result.stderr).to.contain(
      `${file}: warning: countries[1].instruments[0].sources[0]: ` +
        '"javascript:alert(1)" is not an http or https URL',
    );
    expect(result.stderr).to.contain('3 problem(s) found (2 error(s), 1 warning(s))');
  });

  it('reports invalid JSON', async () => {
    const result = await runCli('validate', 'test/fixtures/not-json.json');
    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain('not-json.json: is not valid JSON');
  });

  it('reports a file that cannot be read', async () => {
    const result = await runCli('validate', 'test/fixtures/no-such-file.json');
    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain('cannot be read (ENOENT)');
  });

  it('fails when any of several files is invalid', async () => {
    const result = await runCli(
      'validate',
      'test/fixtures/mini-dataset.json',
      'test/fixtures/not-json.json',
    );
    expect(result.code).to.equal(1);
    expect(result.stdout).to.contain('mini-dataset.json: valid');
  });

  it('prints usage and exits 2 without a file', async () => {
    const result = await runCli('validate');
    expect(result.code).to.equal(2);
    expect(result.stderr).to.contain('Usage: hrd-widgets validate FILE');
  });

  it('prints help with --help', async () => {
    const result = await runCli('--help');
    expect(result.code).to.equal(0);
    expect(result.stdout).to.contain('Exit status');
    expect(result.stdout).to.contain('an error or a warning');
  });
});
