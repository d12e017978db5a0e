import { useEffect, useState } from 'preact/hooks';
import type { Framework } from '../../../core/framework/schema';
import { SAFEGUARDING_SECTION_ID } from '../../../core/guidance/safeguarding';
import type { OpenSection } from '../../../core/models/guidance-model';
import { SafeguardingNotice } from '../SafeguardingRoute';
import { useEscapeToGoBack } from '../keyboard';

type View = typeof import('./SectionView').SectionView;

/** Loads the Markdown renderer only when a section is first opened, keeping the first load small. */
export function LazySectionView({ framework, open, onBack }: { framework: Framework; open: OpenSection; onBack: () => void }) {
  const [View, setView] = useState<View | undefined>(undefined);
  useEscapeToGoBack(onBack);
  useEffect(() => {
    void import('./SectionView').then((module) => setView(() => module.SectionView));
  }, []);
  if (!View) return <p role="status">Opening the guidance…</p>;
  const linkedPrompts = framework.domains.flatMap((d) => d.prompts.filter((p) => p.guidance.includes(open.section.id)));
  return (
    <div>
      {open.source && (
        <p class="notice">
          From the pack “{open.source.packName}”{open.source.replacesBuiltIn ? ', in place of the built-in section' : ''}.
        </p>
      )}
      <View section={open.section} linkedPrompts={linkedPrompts} onBack={onBack}>
        {open.section.id === SAFEGUARDING_SECTION_ID && <SafeguardingNotice fromTrustPack={Boolean(open.source)} />}
      </View>
    </div>
  );
}
