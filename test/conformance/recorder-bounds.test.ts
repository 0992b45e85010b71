// What the recorder keeps of big frames: every frame is checked whole, and kept whole while
// the run has received what a run needs; past that (a flood), a big frame is kept with its
// large values cut, the small fields a scenario matches on intact.
import { describe, expect, it } from "vitest";
import { isTruncated } from "../../src/conformance/bounded-value.ts";
import { Recorder, type Frame } from "../../src/conformance/recorder.ts";

const MiB = 1024 * 1024;
const bigFrame = () => ({
  client: "alice#1",
  kind: "event" as const,
  event: "USER_SETTINGS_UPDATED",
  args: [{ userId: "big", settingName: "blob", newValue: "x".repeat(2 * MiB) }],
});

describe("Recorder bounds", () => {
  it("keeps a big frame whole until the run has received 8 MiB, then cuts its large values", () => {
    const recorder = new Recorder();
    const checked: unknown[] = [];
    recorder.onFrame = (frame: Frame) =>
      checked.push((frame.args[0] as { newValue: string }).newValue.length);

    recorder.noteBytes("alice#1", 2 * MiB);
    const early = recorder.record(bigFrame()) as Frame;
    expect((early.args[0] as { newValue: string }).newValue).toHaveLength(2 * MiB);

    recorder.noteBytes("alice#1", 8 * MiB);
    const late = recorder.record(bigFrame()) as Frame;
    const kept = late.args[0] as { userId: string; settingName: string; newValue: unknown };
    expect(kept.userId).toBe("big");
    expect(kept.settingName).toBe("blob");
    expect(isTruncated(kept.newValue)).toBe(true);
    // The frame checks saw both frames whole.
    expect(checked).toEqual([2 * MiB, 2 * MiB]);
  });
});
