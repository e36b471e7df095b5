// A delegation member's name (required) and title, the same on our side and theirs.
import { TextItem } from '../../components/TextItem';
import { useT } from '../../i18n/I18nContext';

/** A member's name (required) and title; their test ids are `<testIds>-name` / `-title`. */
export function MemberNameFields({ testIds }: { testIds: string }) {
  const t = useT();
  return (
    <>
      <TextItem
        name="name"
        label={t('trips.memberName')}
        maxLength={40}
        required={t('trips.nameRequiredField')}
        testId={`${testIds}-name`}
      />
      <TextItem
        name="title"
        label={t('trips.memberTitle')}
        maxLength={120}
        testId={`${testIds}-title`}
      />
    </>
  );
}
