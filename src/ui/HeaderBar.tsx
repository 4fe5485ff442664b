import { BriefButton } from './BriefPreview.tsx';
import { FileLoader } from './FileLoader.tsx';
import { MeetingSwitch } from './MeetingView.tsx';
import { ProgrammeButton } from './ProgrammeDialog.tsx';
import { RulesButton } from './RulesButton.tsx';
import { StreetPicker } from './StreetPicker.tsx';
import { YearPicker } from './YearPicker.tsx';

export function HeaderBar() {
  return (
    <header className="header-bar">
      <div className="brand">
        <h1>旧改一张图</h1>
        <p className="subtitle">
          城镇老旧小区改造 <span className="en">Renovation Atlas</span>
        </p>
      </div>
      <div className="header-controls">
        <YearPicker />
        <StreetPicker />
        <RulesButton />
        <ProgrammeButton />
        <BriefButton />
        <MeetingSwitch />
        <FileLoader />
      </div>
    </header>
  );
}
