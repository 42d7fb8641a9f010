#pragma once

#include "audio/SoundSettings.h"

#include "limber/Settings.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace limber {

class RemindersPage;
class SpeechSystem;

// File › Preferences: session timing, sound, voice, reminders, language, the
// pain check-in and the weekly goal, grouped in tabs. Values come from and go
// back to QSettings through SessionSettings, SoundSettings, ReminderSettings
// and PainCheckInDialog, so what is
// validated on load is exactly what the dialog can produce (its spin boxes
// use the same ranges). Nothing is written until OK.
class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    // `speech` (the sound module's, or a test's fake) says which engine and
    // voice would speak the chosen language; without one (the module not
    // loaded, or not yet) the voice shows as unavailable.
    explicit PreferencesDialog(QWidget* parent = nullptr, SpeechSystem* speech = nullptr);
    ~PreferencesDialog() override;

    // What the controls show; also used by tests.
    void setValues(const SessionSettings& session, const SoundSettings& sound);
    SessionSettings sessionSettings() const;
    SoundSettings soundSettings() const;

    // Puts every control back to Limber's defaults (written on OK).
    void restoreDefaults();
    // Writes the shown values to QSettings.
    void save() const;

    QSpinBox* leadInBox() const { return m_leadIn; }
    QSpinBox* restBetweenHoldsBox() const { return m_restBetweenHolds; }
    QSpinBox* restBetweenExercisesBox() const { return m_restBetweenExercises; }
    QSpinBox* holdBox() const { return m_hold; }
    QComboBox* paceBox() const { return m_pace; }
    QSpinBox* cobraRepsBox() const { return m_cobraReps; }
    QSpinBox* getReadyBox() const { return m_getReady; }
    QCheckBox* floorViewBox() const { return m_floorView; }
    QSlider* volumeSlider() const { return m_volume; }
    QCheckBox* muteBox() const { return m_mute; }
    QCheckBox* cueBox(Cue cue) const { return m_cues.value(cue); }
    QCheckBox* voiceBox() const { return m_voice; }
    QComboBox* voiceNameBox() const { return m_voiceName; }
    QLabel* voiceNote() const { return m_voiceNote; }
    QComboBox* languageBox() const { return m_language; }
    QCheckBox* painCheckInBox() const { return m_painCheckIn; }
    RemindersPage* remindersPage() const { return m_reminders; }
    // What this desktop cannot do for reminders (no idle time, no tray).
    void setReminderNotes(const QStringList& notes);
    QSpinBox* weeklyGoalBox() const { return m_weeklyGoal; }

public Q_SLOTS:
    void accept() override;

private:
    QWidget* buildSessionPage();
    QWidget* buildSoundPage();
    QWidget* buildGeneralPage();
    // The voices and the note for the language chosen on the General page.
    void listVoices();
    void updateSoundControls();
    static QSpinBox* secondsBox(SessionSettings::Range range, QWidget* parent);

    QSpinBox* m_leadIn = nullptr;
    QSpinBox* m_restBetweenHolds = nullptr;
    QSpinBox* m_restBetweenExercises = nullptr;
    QSpinBox* m_hold = nullptr;
    QComboBox* m_pace = nullptr;
    QSpinBox* m_cobraReps = nullptr;
    QSpinBox* m_getReady = nullptr;
    QCheckBox* m_floorView = nullptr;
    QSlider* m_volume = nullptr;
    QLabel* m_volumeValue = nullptr;
    QCheckBox* m_mute = nullptr;
    QMap<Cue, QCheckBox*> m_cues;
    QCheckBox* m_voice = nullptr;
    QComboBox* m_voiceName = nullptr;
    QLabel* m_voiceNote = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_painCheckIn = nullptr;
    RemindersPage* m_reminders = nullptr;
    QSpinBox* m_weeklyGoal = nullptr;
    std::unique_ptr<SpeechSystem> m_ownSpeech;
    SpeechSystem* m_speech = nullptr;
    // Settings the dialog has no control for are carried through unchanged.
    SessionSettings m_loaded;
};

} // namespace limber
