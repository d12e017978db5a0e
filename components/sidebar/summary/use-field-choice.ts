import { useEffect, useState } from 'preact/hooks';
import type { EhrConnection } from '../../../core/ehr/connection';
import { defaultSummaryField, fieldByLabel } from '../../../core/ehr/field-choice';
import type { FieldInfo } from '../../../core/messages';

/** The parts that can go into EHR fields of their own; '' keeps a part in the summary. */
export type PartFields = { crisis: string; actions: string };

/** The EHR fields on offer and where the summary and each part go (issue #18). */
export interface FieldChoice {
  fields: FieldInfo[] | undefined;
  fieldId: string;
  choose: (fieldId: string) => void;
  mapped: PartFields;
  map: (part: keyof PartFields, fieldId: string) => void;
  refresh: () => Promise<void>;
  pick: () => Promise<void>;
  /** Whether a part goes into a field of its own: mapped to a listed field other than the summary's. */
  separate: (part: keyof PartFields) => boolean;
}

export function useFieldChoice(connection: EhrConnection): FieldChoice {
  const [fields, setFields] = useState<FieldInfo[] | undefined>(undefined);
  const [fieldId, setFieldId] = useState('');
  const [mapped, setMapped] = useState<PartFields>({ crisis: '', actions: '' });

  // A profile's or earlier choice comes from the page; otherwise the best multi-line field by label.
  const show = (found: FieldInfo[], chosen?: string) => {
    const has = (id: string) => found.some((f) => f.id === id);
    const summary = chosen && has(chosen) ? chosen : has(fieldId) ? fieldId : defaultSummaryField(found);
    setFields(found);
    setFieldId(summary);
    const keep = (part: keyof PartFields) => (has(mapped[part]) ? mapped[part] : fieldByLabel(found, part, [summary]) ?? '');
    setMapped({ crisis: keep('crisis'), actions: keep('actions') });
  };
  const refresh = async () => {
    const found = await connection.listFields();
    show(found?.fields ?? [], found?.preferred);
  };
  useEffect(() => void refresh(), []);

  return {
    fields,
    fieldId,
    choose: (id) => {
      setFieldId(id);
      void connection.highlight(id);
    },
    mapped,
    map: (part, id) => {
      setMapped({ ...mapped, [part]: id });
      if (id) void connection.highlight(id);
    },
    refresh,
    pick: async () => {
      const picked = await connection.pick();
      if (picked) show(picked.fields, picked.fieldId);
    },
    separate: (part) => !!mapped[part] && mapped[part] !== fieldId && !!fields?.some((f) => f.id === mapped[part]),
  };
}
