import { describe, expect, it } from 'vitest';
import { DEFAULT_MISSION_TIME_ZONE, isTimeZone, missionToday } from '../../../shared/time/mission-day.js';

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
