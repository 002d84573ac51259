import { expect } from '@open-wc/testing';
import {
  assessmentCsv,
  assessmentFromJson,
  assessmentToJson,
  csvField,
  decodeAssessment,
  encodeAssessment,
  fragmentParamName,
  readFragmentParam,
  setMark,
  setNote,
  storageItemKey,
  toCsv,
  writeFragmentParam,
  type Assessment,
} from '../src/data/self-assessment.js';
import type { ChecklistElement } from '../src/data/schema.js';

describe('self-assessment', () => {
  describe('setMark and setNote', () => {
    it('add and remove entries', () => {
      let assessment: Assessment = {};
      assessment = setMark(assessment, 'definition', 'full');
      assessment = setNote(assessment, 'definition', 'ok');
      expect(assessment).to.deep.equal({
        definition: { mark: 'full', note: 'ok' },
      });
      assessment = setMark(assessment, 'definition', null);
      expect(assessment).to.deep.equal({ definition: { note: 'ok' } });
      assessment = setNote(assessment, 'definition', '');
      expect(assessment).to.deep.equal({});
    });

    it('leave the input unchanged', () => {
      const before: Assessment = { privacy: { mark: 'none' } };
      setMark(before, 'privacy', 'full');
      expect(before).to.deep.equal({ privacy: { mark: 'none' } });
    });
  });

  describe('fragment encoding', () => {
    const sample: Assessment = {
      definition: { mark: 'full' },
      association: { mark: 'partial', note: 'a, b: "c" & d=e #f\nنص' },
      privacy: { note: 'note only' },
      resources: { mark: 'restrictive' },
      sanctions: { mark: 'unknown' },
      investigation: { mark: 'none' },
    };

    it('round-trips marks and notes', () => {
      expect(decodeAssessment(encodeAssessment(sample))).to.deep.equal(sample);
    });

    it('is compact and fragment-safe', () => {
      const encoded = encodeAssessment({
        definition: { mark: 'full' },
        privacy: { mark: 'none', note: 'x y' },
      });
      expect(encoded).to.equal('definition:f,privacy:n:x%20y');
      expect(encodeAssessment(sample)).not.to.match(/[&=#\s]/);
    });

    it('skips malformed entries', () => {
      const decoded = decodeAssessment(
        'definition:f,BAD:f,privacy:z,resources:p:%E0%A4,association:n,,',
      );
      expect(decoded).to.deep.equal({
        definition: { mark: 'full' },
        association: { mark: 'none' },
      });
    });

    it('decodes the empty string to no entries', () => {
      expect(decodeAssessment('')).to.deep.equal({});
    });
  });

  describe('storage encoding', () => {
    it('round-trips through JSON', () => {
      const assessment: Assessment = {
        definition: { mark: 'full', note: 'n' },
      };
      expect(assessmentFromJson(assessmentToJson(assessment))).to.deep.equal(
        assessment,
      );
    });

    it('rejects text that is not a stored assessment', () => {
      expect(assessmentFromJson(null)).to.equal(null);
      expect(assessmentFromJson('{oops')).to.equal(null);
      expect(assessmentFromJson('[1]')).to.equal(null);
    });

    it('drops invalid marks and keys', () => {
      const text = JSON.stringify({
        version: 1,
        entries: {
          definition: { mark: 'great', note: 'kept' },
          'Bad-Key': { mark: 'full' },
          privacy: 'none',
          sanctions: { mark: 'none', note: 3 },
        },
      });
      expect(assessmentFromJson(text)).to.deep.equal({
        definition: { note: 'kept' },
        sanctions: { mark: 'none' },
      });
    });
  });

  describe('fragment parameters', () => {
    it('names the parameter after the storage key', () => {
      expect(fragmentParamName('default')).to.equal('hrd-checklist');
      expect(fragmentParamName('draft 2')).to.equal('hrd-checklist-draft%202');
      expect(storageItemKey('default')).to.equal(
        'hrd-widgets:checklist:default',
      );
    });

    it('reads a parameter among others', () => {
      const hash = '#intro&hrd-checklist=definition:f&x=1';
      expect(readFragmentParam(hash, 'hrd-checklist')).to.equal('definition:f');
      expect(readFragmentParam(hash, 'hrd-checklist-b')).to.equal(null);
      expect(readFragmentParam('', 'hrd-checklist')).to.equal(null);
    });

    it('writes a parameter and keeps other content', () => {
      const name = 'hrd-checklist';
      expect(writeFragmentParam('', name, 'a:f')).to.equal(
        '#hrd-checklist=a:f',
      );
      expect(writeFragmentParam('#intro', name, 'a:f')).to.equal(
        '#intro&hrd-checklist=a:f',
      );
      expect(
        writeFragmentParam('#intro&hrd-checklist=a:f&x=1', name, 'b:n'),
      ).to.equal('#intro&hrd-checklist=b:n&x=1');
    });

    it('removes a parameter for an empty value', () => {
      const name = 'hrd-checklist';
      expect(writeFragmentParam('#intro&hrd-checklist=a:f', name, '')).to.equal(
        '#intro',
      );
      expect(writeFragmentParam('#hrd-checklist=a:f', name, null)).to.equal('');
    });
  });

  describe('CSV', () => {
    it('quotes fields as RFC 4180 requires', () => {
      expect(csvField('plain')).to.equal('plain');
      expect(csvField('a,b')).to.equal('"a,b"');
      expect(csvField('say "hi"')).to.equal('"say ""hi"""');
      expect(csvField('two\nlines')).to.equal('"two\nlines"');
      expect(csvField('cr\rhere')).to.equal('"cr\rhere"');
      expect(csvField('')).to.equal('');
    });

    it('guards formula prefixes with an apostrophe', () => {
      for (const prefix of ['=', '+', '-', '@', '\t']) {
        expect(csvField(`${prefix}1`), prefix).to.equal(`'${prefix}1`);
      }
      expect(csvField('=1,2')).to.equal(`"'=1,2"`);
      expect(csvField('a=1')).to.equal('a=1');
    });

    it('ends every record with CRLF', () => {
      expect(toCsv([['a', 'b'], ['c', 'd']])).to.equal('a,b\r\nc,d\r\n');
    });

    it('writes one row per element in part order', () => {
      const checklist: ChecklistElement[] = [
        { key: 'sanctions', part: 'state-obligations', label: { en: 'S' } },
        { key: 'definition', part: 'rights', label: { en: 'D, broad' } },
      ];
      const csv = assessmentCsv(
        checklist,
        ['rights', 'state-obligations'],
        { sanctions: { mark: 'none', note: '@x' } },
        {
          header: ['part', 'key', 'label', 'mark', 'note'],
          part: (part) => part.toUpperCase(),
          element: (element) => element.label.en,
          mark: (mark) => mark ?? 'not assessed',
        },
      );
      expect(csv).to.equal(
        'part,key,label,mark,note\r\n' +
          'RIGHTS,definition,"D, broad",not assessed,\r\n' +
          "STATE-OBLIGATIONS,sanctions,S,none,'@x\r\n",
      );
    });
  });
});
