import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockText } from './types';

/**
 * The hourglass of one running item: counts down from the time box, then up in "over time". The
 * start is the server's, corrected by the server-clock offset, so every screen shows the same time.
 * Screen readers hear it only at one minute left and when time is up, never every second.
 */
export function ItemClock({ startedAt, timeBoxMinutes, serverNow, title }: { startedAt: string; timeBoxMinutes: number; serverNow: string; title: string }) {
  const { t } = useTranslation();
  // How far this screen's clock is off from the server's, measured when the clock appears.
  const [offsetMs] = useState(() => Date.parse(serverNow) - Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = (now + offsetMs - Date.parse(startedAt)) / 1000;
  const left = timeBoxMinutes * 60 - elapsed;
  const over = left < 0;
  const phase = over ? 'over' : left <= 60 ? 'last' : 'running';
  const share = Math.min(1, Math.max(0, elapsed / (timeBoxMinutes * 60)));
  return (
    <div className={`carenet-clock carenet-clock--${phase}`}>
      <svg viewBox="0 0 40 40" className="carenet-clock__dial" aria-hidden="true" focusable="false">
        <circle cx="20" cy="20" r="16" className="carenet-clock__ring" />
        <circle cx="20" cy="20" r="16" className="carenet-clock__used" strokeDasharray={`${(share * 100.5).toFixed(1)} 100.5`} transform="rotate(-90 20 20)" />
      </svg>
      <span role="timer" aria-live="off" className="carenet-clock__time">
        {over ? t('careNet.clock.over', { time: clockText(left) }) : t('careNet.clock.left', { time: clockText(left) })}
      </span>
      <span aria-live="polite" className="samenspel-visually-hidden">
        {phase === 'last' ? t('careNet.clock.lastMinute', { title }) : phase === 'over' ? t('careNet.clock.timeUp', { title }) : ''}
      </span>
    </div>
  );
}
