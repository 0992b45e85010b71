// --require-major-bump: a breaking change is allowed only with a new major info.version.
export interface BumpCheck {
  ok: boolean;
  reason: string;
}

function major(version: string): number | undefined {
  const match = /^v?(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version.trim());
  return match ? Number(match[1]) : undefined;
}

export function checkMajorBump(oldVersion: string, newVersion: string): BumpCheck {
  const before = major(oldVersion);
  const after = major(newVersion);
  if (before === undefined || after === undefined) {
    const bad = before === undefined ? oldVersion : newVersion;
    return { ok: false, reason: `info.version "${bad}" is not semver (MAJOR.MINOR.PATCH)` };
  }
  if (after > before)
    return { ok: true, reason: `info.version ${oldVersion} -> ${newVersion} is a major bump` };
  return {
    ok: false,
    reason: `breaking changes need a major bump of info.version, but it went ${oldVersion} -> ${newVersion}`,
  };
}
