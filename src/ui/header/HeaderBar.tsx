import { useT } from '../../i18n/index.ts';
import { BriefButton } from '../brief/BriefPreview.tsx';
import { FileLoader } from './FileLoader.tsx';
import { LangSwitch } from './LangSwitch.tsx';
import { MeetingSwitch } from '../meeting/MeetingView.tsx';
import { RulesButton } from '../rules/RulesButton.tsx';
import { StreetPicker } from '../filters/StreetPicker.tsx';
import { YearPicker } from '../filters/YearPicker.tsx';
import './header.css';

export function HeaderBar() {
  const { t } = useT('common');
  return (
    <header className="header-bar">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <p className="subtitle">{t('appSubtitle')}</p>
        {/* On the title's line, at its right end, so the controls keep their row in the longer English. */}
        <LangSwitch />
      </div>
      <div className="header-controls">
        <YearPicker />
        <StreetPicker />
        <RulesButton />
        <BriefButton />
        <MeetingSwitch />
        <FileLoader />
      </div>
    </header>
  );
}
