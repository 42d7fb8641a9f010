#include "settings/PreferencesDialog.h"

#include "audio/SilentSound.h"
#include "audio/VoiceGuide.h"
#include "audio/VoicePicker.h"
#include "desktop/Autostart.h"
#include "settings/RemindersPage.h"

#include "startup/Translations.h"
#include "style/Appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace limber {

namespace {

// A few words for each chime, for its on/off box.
QString cueName(Cue cue)
{
    switch (cue) {
    case Cue::SessionStart:
        return PreferencesDialog::tr("Session starts");
    case Cue::Prepare:
        return PreferencesDialog::tr("Get into position");
    case Cue::HoldStart:
        return PreferencesDialog::tr("Hold begins");
    case Cue::Release:
        return PreferencesDialog::tr("Release");
    case Cue::SwitchSides:
        return PreferencesDialog::tr("Switch sides");
    case Cue::BreatheIn:
        return PreferencesDialog::tr("Breathe in");
    case Cue::BreatheOut:
        return PreferencesDialog::tr("Breathe out");
    case Cue::Rep:
        return PreferencesDialog::tr("Each repetition");
    case Cue::HoldEnding:
        return PreferencesDialog::tr("Last seconds of a hold");
    case Cue::ExerciseDone:
        return PreferencesDialog::tr("Exercise done");
    case Cue::SessionDone:
        return PreferencesDialog::tr("Session done");
    }
    return {};
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    appearance::setMuted(label);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent, SpeechSystem* speech)
    : QDialog(parent)
    , m_ownSpeech(speech ? nullptr : std::make_unique<SilentSpeechSystem>())
    , m_speech(speech ? speech : m_ownSpeech.get())
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildSessionPage(), tr("Session"));
    tabs->addTab(buildSoundPage(), tr("Sound and voice"));
    m_reminders = new RemindersPage(tabs);
    tabs->addTab(m_reminders, tr("Reminders"));
    tabs->addTab(buildGeneralPage(), tr("General"));

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);

    // The voice depends on the language: another language may need another engine.
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::listVoices);
    const QSettings store;
    m_loaded = SessionSettings::load(store);
    setValues(m_loaded, SoundSettings::load(store));
    m_reminders->setValues(ReminderSettings::load(store), Autostart().isEnabled());
}

QSpinBox* PreferencesDialog::secondsBox(SessionSettings::Range range, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    // The ranges are the ones loading accepts: the dialog cannot save what load would reject.
    box->setRange(range.min, range.max);
    //: unit after a number of seconds in a spin box, with its leading space
    box->setSuffix(tr(" s"));
    return box;
}

QWidget* PreferencesDialog::buildSessionPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_leadIn = secondsBox(SessionSettings::LeadIn, page);
    m_leadIn->setToolTip(tr("Time to get into position before each exercise"));
    form->addRow(tr("&Lead-in before an exercise:"), m_leadIn);

    m_hold = secondsBox(SessionSettings::Hold, page);
    m_hold->setToolTip(tr("How long a usual hold lasts; shorter holds keep their proportion"));
    form->addRow(tr("&Hold length:"), m_hold);

    m_restBetweenHolds = secondsBox(SessionSettings::RestBetweenHolds, page);
    form->addRow(tr("Rest between &holds:"), m_restBetweenHolds);

    m_restBetweenExercises = secondsBox(SessionSettings::RestBetweenExercises, page);
    form->addRow(tr("Rest between &exercises:"), m_restBetweenExercises);

    m_pace = new QComboBox(page);
    m_pace->addItem(tr("Slower"), QVariant::fromValue(static_cast<int>(Pace::Slower)));
    m_pace->addItem(tr("Normal"), QVariant::fromValue(static_cast<int>(Pace::Normal)));
    m_pace->addItem(tr("Faster"), QVariant::fromValue(static_cast<int>(Pace::Faster)));
    form->addRow(tr("&Pace of repetitions:"), m_pace);

    m_cobraReps = new QSpinBox(page);
    m_cobraReps->setRange(SessionSettings::CobraReps.min, SessionSettings::CobraReps.max);
    m_cobraReps->setToolTip(tr("You can still change the count for one session on its card"));
    form->addRow(tr("&Cobra stretch repetitions:"), m_cobraReps);

    m_getReady = secondsBox(SessionSettings::GetReady, page);
    m_getReady->setToolTip(tr("A short countdown after a pause, to find the position again"));
    form->addRow(tr("&Get ready after a pause:"), m_getReady);

    m_floorView = new QCheckBox(tr("Use the &floor view for every session"), page);
    m_floorView->setToolTip(tr("Full screen, with a countdown big enough to read from a mat across the room"));
    form->addRow(tr("Across the room:"), m_floorView);
    //: %1 is the key that switches the floor view, e.g. "F11"
    form->addRow(hint(tr("During a session, %1 or the Floor view button switches it on and off.")
                          .arg(QKeySequence(Qt::Key_F11).toString(QKeySequence::NativeText)),
                      page));

    form->addRow(hint(tr("Changes apply from the next session."), page));
    return page;
}

QWidget* PreferencesDialog::buildSoundPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);

    m_volume = new QSlider(Qt::Horizontal, page);
    m_volume->setRange(SoundSettings::MinVolume, SoundSettings::MaxVolume);
    m_volume->setPageStep(10);
    m_volume->setAccessibleName(tr("Volume"));
    m_volumeValue = new QLabel(page);
    m_volumeValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    connect(m_volume, &QSlider::valueChanged, this, &PreferencesDialog::updateSoundControls);
    auto* volumeRow = new QHBoxLayout;
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeValue);
    // A row holding a layout gets no buddy by itself, and the & would show.
    auto* volumeLabel = new QLabel(tr("&Volume:"), page);
    volumeLabel->setBuddy(m_volume);
    form->addRow(volumeLabel, volumeRow);

    m_mute = new QCheckBox(tr("&Mute all chimes"), page);
    connect(m_mute, &QCheckBox::toggled, this, &PreferencesDialog::updateSoundControls);
    form->addRow(QString(), m_mute);

    auto* cues = new QGridLayout;
    constexpr int Columns = 2;
    int index = 0;
    for (Cue cue : AllCues) {
        auto* box = new QCheckBox(cueName(cue), page);
        m_cues.insert(cue, box);
        cues->addWidget(box, index / Columns, index % Columns);
        ++index;
    }
    form->addRow(tr("Chimes for:"), cues);

    m_voice = new QCheckBox(tr("&Speak the instructions"), page);
    form->addRow(tr("Voice:"), m_voice);
    m_voiceName = new QComboBox(page);
    form->addRow(tr("V&oice to use:"), m_voiceName);
    m_voiceNote = hint(QString(), page);
    m_voiceNote->setObjectName(QStringLiteral("voiceNote"));
    form->addRow(m_voiceNote);
    connect(m_voice, &QCheckBox::toggled, m_voiceName, &QWidget::setEnabled);
    return page;
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::listVoices()
{
    // A voice chosen before (perhaps of another engine or machine) stays chosen.
    const QString chosen = m_voiceName->currentData().toString();
    m_voiceName->clear();
    m_voiceName->addItem(tr("Default voice for the language"), QString());
    const QString code = m_language->currentData().toString();
    const QLocale language = code.isEmpty() ? QLocale() : QLocale(code);
    // Said plainly instead of an empty list: without a voice the box would look broken.
    if (!m_speech->engineInstalled()) {
        m_voiceNote->setText(tr("No speech engine is installed, so Limber cannot speak. "
                                "The chimes work as usual."));
    } else if (!m_speech->hasAudioOutput()) {
        m_voiceNote->setText(VoiceGuide::noOutputReason());
    } else if (const VoiceChoice choice = VoicePicker::pick(*m_speech, language); !choice.engine) {
        m_voiceNote->setText(choice.reason);
    } else {
        m_voiceNote->setText(VoicePicker::describe(*choice.engine));
        for (const QString& voice : choice.engine->availableVoices())
            m_voiceName->addItem(voice, voice);
    }
    int index = m_voiceName->findData(chosen);
    if (index < 0) {
        // A voice from another machine or engine: kept and shown, not silently dropped.
        m_voiceName->addItem(chosen, chosen);
        index = m_voiceName->count() - 1;
    }
    m_voiceName->setCurrentIndex(index);
}

QWidget* PreferencesDialog::buildGeneralPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);

    m_language = new QComboBox(page);
    for (const Translations::Language& language : Translations::languages())
        m_language->addItem(language.nativeName, language.code);
    form->addRow(tr("&Language:"), m_language);

    m_painCheckIn = new QCheckBox(tr("&Ask how the pain is before and after a session"), page);
    form->addRow(tr("Check-in:"), m_painCheckIn);
    form->addRow(hint(tr("The pain levels you give are kept in your history, so you can see how "
                         "your back is doing over the weeks."),
                      page));

    m_weeklyGoal = new QSpinBox(page);
    m_weeklyGoal->setRange(SessionSettings::WeeklyGoal.min, SessionSettings::WeeklyGoal.max);
    //: after the number of sessions in the weekly goal spin box, with its leading space
    m_weeklyGoal->setSuffix(tr(" sessions a week"));
    m_weeklyGoal->setAccessibleName(tr("Weekly goal, sessions a week"));
    form->addRow(tr("&Weekly goal:"), m_weeklyGoal);
    form->addRow(hint(tr("Home shows how many sessions you have done this week. Rest days are fine: "
                         "your streak counts the weeks in a row in which you reached the goal."),
                      page));
    return page;
}

void PreferencesDialog::setValues(const SessionSettings& session, const SoundSettings& sound)
{
    m_leadIn->setValue(session.leadInSeconds);
    m_restBetweenHolds->setValue(session.restBetweenHoldsSeconds);
    m_restBetweenExercises->setValue(session.restBetweenExercisesSeconds);
    m_hold->setValue(session.holdSeconds);
    m_pace->setCurrentIndex(m_pace->findData(static_cast<int>(session.pace)));
    m_cobraReps->setValue(session.cobraReps);
    m_getReady->setValue(session.getReadySeconds);
    m_floorView->setChecked(session.floorView);
    m_painCheckIn->setChecked(session.painCheckIn);
    m_weeklyGoal->setValue(session.weeklyGoal);
    const int language = m_language->findData(session.language);
    {
        const QSignalBlocker once(m_language); // the voices are listed once, below
        m_language->setCurrentIndex(std::max(language, 0));
    }
    m_voice->setChecked(session.voiceEnabled);
    m_voiceName->setEnabled(session.voiceEnabled);
    // Lists the voices of the language set above and keeps this one chosen.
    m_voiceName->clear();
    m_voiceName->addItem(session.voiceName, session.voiceName);
    listVoices();

    m_volume->setValue(sound.volume);
    m_mute->setChecked(sound.muted);
    for (Cue cue : AllCues)
        m_cues.value(cue)->setChecked(sound.isCueEnabled(cue));
    updateSoundControls();
}

SessionSettings PreferencesDialog::sessionSettings() const
{
    SessionSettings session = m_loaded;
    session.leadInSeconds = m_leadIn->value();
    session.restBetweenHoldsSeconds = m_restBetweenHolds->value();
    session.restBetweenExercisesSeconds = m_restBetweenExercises->value();
    session.holdSeconds = m_hold->value();
    session.pace = static_cast<Pace>(m_pace->currentData().toInt());
    session.cobraReps = m_cobraReps->value();
    session.getReadySeconds = m_getReady->value();
    session.floorView = m_floorView->isChecked();
    session.painCheckIn = m_painCheckIn->isChecked();
    session.weeklyGoal = m_weeklyGoal->value();
    session.language = m_language->currentData().toString();
    session.voiceEnabled = m_voice->isChecked();
    session.voiceName = m_voiceName->currentData().toString();
    return session;
}

SoundSettings PreferencesDialog::soundSettings() const
{
    SoundSettings sound;
    sound.volume = m_volume->value();
    sound.muted = m_mute->isChecked();
    for (Cue cue : AllCues)
        sound.setCueEnabled(cue, m_cues.value(cue)->isChecked());
    return sound;
}

void PreferencesDialog::restoreDefaults()
{
    // The language is a personal choice more than a default: Restore keeps it.
    SessionSettings defaults;
    defaults.language = m_language->currentData().toString();
    setValues(defaults, SoundSettings {});
    // Starting at log-in is about the computer, not a default of Limber's.
    m_reminders->setValues(ReminderSettings {}, m_reminders->startAtLogin());
}

void PreferencesDialog::save() const
{
    QSettings store;
    const SessionSettings session = sessionSettings();
    session.save(store);
    soundSettings().save(store);
    m_reminders->values().save(store);
}

void PreferencesDialog::accept()
{
    if (const QString problem = m_reminders->problem(); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Reminders"), problem);
        return;
    }
    save();
    if (m_reminders->startAtLogin() != Autostart().isEnabled()) {
        if (const QString failed = Autostart().setEnabled(m_reminders->startAtLogin()); !failed.isEmpty())
            QMessageBox::warning(this, tr("Start at log-in"),
                                 tr("%1 Limber starts as before; your other settings are saved.").arg(failed));
    }
    QDialog::accept();
}

void PreferencesDialog::setReminderNotes(const QStringList& notes)
{
    m_reminders->setNotes(notes);
}

void PreferencesDialog::updateSoundControls()
{
    //: a volume from 0 to 100 percent
    m_volumeValue->setText(tr("%1 %").arg(m_volume->value()));
    const bool audible = !m_mute->isChecked();
    m_volume->setEnabled(audible);
    for (QCheckBox* box : std::as_const(m_cues))
        box->setEnabled(audible);
}

} // namespace limber
