/**
 * Keeps a self-assessment across reloads, in the page's URL fragment and in
 * local storage. Both are optional and both may fail in a sandboxed frame, a
 * private window or with a full quota. A failure only means that the marks
 * are not kept, and the form goes on working.
 */
import {
  assessmentFromJson,
  assessmentToJson,
  decodeAssessment,
  encodeAssessment,
  fragmentParamName,
  readFragmentParam,
  storageItemKey,
  writeFragmentParam,
  type Assessment,
} from '../../data/self-assessment.js';

export interface StoreOptions {
  storageKey: string;
  /** Whether to use the URL fragment. */
  fragment: boolean;
  /** Whether to use local storage. */
  storage: boolean;
}

function storageArea(): Storage | null {
  try {
    // Reading the property itself throws where storage is blocked.
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Returns the encoded assessment in the current fragment, if any. */
export function fragmentValue(options: StoreOptions): string | null {
  if (!options.fragment) return null;
  const name = fragmentParamName(options.storageKey);
  return readFragmentParam(window.location.hash, name);
}

/**
 * Loads the stored assessment: the URL fragment wins over local storage,
 * because a shared link must show what its author marked.
 */
export function loadAssessment(options: StoreOptions): Assessment {
  const encoded = fragmentValue(options);
  if (encoded !== null) return decodeAssessment(encoded);
  if (!options.storage) return {};
  try {
    const text = storageArea()?.getItem(storageItemKey(options.storageKey));
    return assessmentFromJson(text ?? null) ?? {};
  } catch {
    return {};
  }
}

/**
 * Stores an assessment, or removes it when it is empty. The fragment is
 * rewritten with `history.replaceState`, so marking adds no history entry
 * and fires no `hashchange`.
 */
export function saveAssessment(
  options: StoreOptions,
  assessment: Assessment,
): void {
  const empty = Object.keys(assessment).length === 0;
  if (options.fragment) writeFragment(options.storageKey, assessment);
  if (!options.storage) return;
  try {
    const area = storageArea();
    const key = storageItemKey(options.storageKey);
    if (empty) area?.removeItem(key);
    else area?.setItem(key, assessmentToJson(assessment));
  } catch {
    // Quota exceeded or storage blocked: the fragment still has the marks.
  }
}

function writeFragment(storageKey: string, assessment: Assessment): void {
  const { hash, pathname, search } = window.location;
  const name = fragmentParamName(storageKey);
  const next = writeFragmentParam(hash, name, encodeAssessment(assessment));
  if (next === hash) return;
  try {
    const url = pathname + search + next;
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // NOTE: some sandboxed frames reject replaceState; storage still works.
  }
}
