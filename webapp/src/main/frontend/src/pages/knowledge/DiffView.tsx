import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DiffSegment, RevisionDiff } from './editorApi';
import { sideBySide, unchanged, type SidePart } from './diff';

const deletedStyle = { background: '#ffd8d8', color: '#7a0000', textDecoration: 'line-through' };
const insertedStyle = { background: '#d4f5d4', color: '#0b4a0b' };

function Side({ parts, kind, testId }: { parts: SidePart[]; kind: 'del' | 'ins'; testId: string }) {
  return (
    <div data-testid={testId} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', padding: 8, border: '1px solid #d9d9d9', borderRadius: 6, minHeight: 40 }}>
      {parts.map((part, i) =>
        !part.changed ? (
          <span key={i}>{part.text}</span>
        ) : kind === 'del' ? (
          <del key={i} style={deletedStyle}>
            {part.text}
          </del>
        ) : (
          <ins key={i} style={insertedStyle}>
            {part.text}
          </ins>
        ),
      )}
    </div>
  );
}

/** One field of a revision diff in two columns: the older revision left, the newer right. */
export function FieldDiff({ label, segments, from, to }: { label: string; segments: DiffSegment[]; from: number; to: number }) {
  const { t } = useTranslation();
  if (unchanged(segments)) return null;
  const sides = sideBySide(segments);
  return (
    <section aria-label={label} style={{ marginBottom: 16 }}>
      <Typography.Title level={5}>{label}</Typography.Title>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Typography.Text type="secondary">{t('editor.revisionNumber', { number: from })}</Typography.Text>
          <Side parts={sides.before} kind="del" testId="diff-before" />
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text type="secondary">{t('editor.revisionNumber', { number: to })}</Typography.Text>
          <Side parts={sides.after} kind="ins" testId="diff-after" />
        </Col>
      </Row>
    </section>
  );
}

/** A side-by-side diff of two revisions (title, summary and body), from GET /articles/{id}/diff. */
export function DiffView({ diff }: { diff: RevisionDiff }) {
  const { t } = useTranslation();
  const same = unchanged(diff.title) && unchanged(diff.summary) && unchanged(diff.body);
  if (same) return <Typography.Text type="secondary">{t('editor.noChanges')}</Typography.Text>;
  return (
    <div data-testid="diff">
      <FieldDiff label={t('editor.fieldTitle')} segments={diff.title} from={diff.from} to={diff.to} />
      <FieldDiff label={t('editor.fieldSummary')} segments={diff.summary} from={diff.from} to={diff.to} />
      <FieldDiff label={t('editor.fieldBody')} segments={diff.body} from={diff.from} to={diff.to} />
    </div>
  );
}
