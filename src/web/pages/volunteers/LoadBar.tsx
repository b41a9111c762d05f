import { useTranslation } from 'react-i18next';

/** How full a volunteer is: one block per client place, filled when taken; the text says the same. */
export function LoadBar({ active, max, hours, maxHours }: { active: number; max: number; hours: number; maxHours: number }) {
  const { t } = useTranslation();
  const width = 24;
  const full = active >= max;
  return (
    <span className="volunteers-load">
      <svg viewBox={`0 0 ${max * (width + 4)} 20`} width={max * (width + 4)} height="20" aria-hidden="true" focusable="false">
        {Array.from({ length: max }, (_, i) => (
          <rect key={i} x={i * (width + 4) + 1} y="1" width={width} height="18" rx="3" className={i < active ? `volunteers-load__block volunteers-load__block--taken${full ? ' volunteers-load__block--full' : ''}` : 'volunteers-load__block'} />
        ))}
      </svg>
      <span>
        {t('volunteers.load.clients', { active, max })}, {t('volunteers.load.hours', { hours, max: maxHours })}
      </span>
    </span>
  );
}
