import { useNumberFormat } from '../../../shared/format';

/** A share as a short bar with its percentage beside it; the number is what carries meaning. */
export function ShareMeter({ share }: { share: number }) {
  const format = useNumberFormat();
  const clamped = Math.min(1, Math.max(0, share));
  return (
    <span className="kl-meter">
      <span className="kl-meter__bar" aria-hidden="true">
        <span className="kl-meter__fill" style={{ inlineSize: `${clamped * 100}%` }} />
      </span>
      <span>{format.percent(clamped)}</span>
    </span>
  );
}
