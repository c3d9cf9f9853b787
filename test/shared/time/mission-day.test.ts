import { describe, expect, it } from 'vitest';
import { DEFAULT_MISSION_TIME_ZONE, isTimeZone, missionToday, missionZone } from '../../../shared/time/mission-day.js';

describe("the mission's today", () => {
  it('is the UTC date by default', () => {
    expect(DEFAULT_MISSION_TIME_ZONE).toBe('UTC');
    expect(missionToday(undefined, new Date('2026-06-15T23:30:00Z'))).toBe('2026-06-15');
  });

  it('is already tomorrow at 23:30 UTC in a zone three hours ahead (UTC+3)', () => {
    const at = new Date('2026-06-15T23:30:00Z');
    expect(missionToday('UTC', at)).toBe('2026-06-15');
    expect(missionToday('Africa/Nairobi', at)).toBe('2026-06-16');
  });

  it('is still yesterday at 00:30 UTC in a zone behind UTC', () => {
    expect(missionToday('America/New_York', new Date('2026-06-16T00:30:00Z'))).toBe('2026-06-15');
  });

  it('turns over exactly at local midnight', () => {
    expect(missionToday('Africa/Nairobi', new Date('2026-06-15T20:59:59.999Z'))).toBe('2026-06-15');
    expect(missionToday('Africa/Nairobi', new Date('2026-06-15T21:00:00Z'))).toBe('2026-06-16');
  });

  it('crosses month and year ends and counts a leap day', () => {
    expect(missionToday('Asia/Tokyo', new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
    expect(missionToday('UTC', new Date('2028-02-29T12:00:00Z'))).toBe('2028-02-29');
  });

  it('follows daylight saving time (Europe/Paris is UTC+2 in summer, UTC+1 in winter)', () => {
    expect(missionToday('Europe/Paris', new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(missionToday('Europe/Paris', new Date('2026-01-01T22:30:00Z'))).toBe('2026-01-01');
  });

  it('refuses a time zone the runtime does not know', () => {
    expect(() => missionToday('Mars/Olympus_Mons', new Date())).toThrow(RangeError);
  });
});

describe('a time zone name', () => {
  it('is valid when it is UTC or an IANA zone', () => {
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Africa/Juba')).toBe(true);
  });

  it('is not valid when empty or unknown', () => {
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('UTC+3')).toBe(false);
  });
});

describe('the zone a client counts today in', () => {
  const device = (zone: string | undefined) => () => zone;

  it("is the server's zone when this runtime knows it", () => {
    expect(missionZone('Africa/Juba', device('Europe/Paris'))).toBe('Africa/Juba');
  });

  it("is the device's own zone before the server has said one", () => {
    expect(missionZone(undefined, device('Europe/Paris'))).toBe('Europe/Paris');
  });

  it("is the device's own zone when this runtime lacks the server's", () => {
    expect(missionZone('Mars/Olympus_Mons', device('Europe/Paris'))).toBe('Europe/Paris');
    expect(missionZone('', device('Europe/Paris'))).toBe('Europe/Paris');
  });

  it('is UTC when neither the server nor the device gives a zone this runtime knows', () => {
    expect(missionZone('Mars/Olympus_Mons', device('Etc/Unknown'))).toBe('UTC');
    expect(missionZone(undefined, device(undefined))).toBe('UTC');
  });

  it("is by default the zone the device's clock is set to", () => {
    // Node follows TZ when it changes; a zone other than UTC tells the device's zone from the last resort.
    const was = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      expect(missionZone(undefined)).toBe('Asia/Tokyo');
    } finally {
      if (was === undefined) delete process.env.TZ;
      else process.env.TZ = was;
    }
  });

  it('is always one missionToday accepts', () => {
    for (const server of [undefined, 'Mars/Olympus_Mons', 'UTC+3', 'Africa/Juba']) expect(() => missionToday(missionZone(server, device('Nowhere/At_All')))).not.toThrow();
  });
});
