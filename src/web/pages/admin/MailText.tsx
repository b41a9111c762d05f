/** Plain e-mail text with its line breaks; web addresses become links. */
const URL_PATTERN = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/g;

export function MailText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <div className="samenspel-mail-text">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} className="utrecht-link utrecht-link--html-a" href={part}>
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </div>
  );
}
