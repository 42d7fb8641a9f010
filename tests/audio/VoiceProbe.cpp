// limber_voice_probe: says every line the voice can say, in one interface
// language, through the engine Limber picks for it (VoicePicker), and checks
// on the default capture source that each one was heard. The capture source
// is the monitor of a private PulseAudio null sink (voice_capture_test.sh
// sets it up), so what is measured is the sound the engine really played.
//
//   limber_voice_probe LANGUAGE [--rate R] [--engine NAME] [--limit N] [--list] [--source NAME]
//
// LANGUAGE is an interface language ("en", "de", "es", "fr"). --rate is the
// speaking rate (-1..1; faster keeps the test short), --engine forces one of
// Qt's engines instead of the picker's choice (to measure flite, say),
// --limit says only the first N lines, --list prints the lines and exits,
// --source records from that PulseAudio source instead of the default one.
// Prints one line per sentence and a summary, "voice de: 118/118 lines
// spoken ..."; exits 0 only when every line was heard without an engine error.

#include "VoiceScript.h"

#include "audio/QtSpeechEngine.h"
#include "audio/VoicePicker.h"
#include "startup/Translations.h"
#include "text/VoiceLines.h"

#include "limber/Catalog.h"
#include "limber/CatalogLoader.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSource>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QTextStream>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace limber::test {

namespace {

// The null sink's silence is exact zeros; speech peaks far above this.
constexpr double LoudPeak = 0.01;
// A fresh null sink's monitor drops its first second or so.
constexpr int WarmUpMs = 2500;
// Heard, then this long quiet after the engine said it was done: the line is over.
constexpr qint64 QuietAfterMs = 400;
// The monitor runs behind the sink: how long sound may still arrive after the engine is done.
constexpr qint64 LateSoundMs = 2500;
// Shorter than this is a click, not a word (a quick French "un." lasts about 95 ms).
constexpr qint64 ShortestSpeechMs = 40;
constexpr int PollMs = 20;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct LineResult {
    bool heard = false;
    double peak = 0.0;
    qint64 audibleMs = 0;
    QString error;
};

// Says the lines one after another and listens to each.
class LineProbe final : public QObject {
public:
    LineProbe(SpeechEngine& engine, QStringList lines, const QAudioDevice& input)
        : m_engine(engine)
        , m_lines(std::move(lines))
    {
        QAudioFormat format;
        format.setSampleRate(16000);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        if (!input.isFormatSupported(format))
            format = input.preferredFormat();
        m_format = format;
        m_source = std::make_unique<QAudioSource>(input, format);
        connect(&m_engine, &SpeechEngine::stateChanged, this, &LineProbe::onState);
        connect(&m_engine, &SpeechEngine::errorOccurred, this, [this](SpeechEngine::Failure, const QString& message) {
            if (m_current >= 0 && m_result.error.isEmpty())
                m_result.error = message;
            markEnded();
        });
        connect(&m_poll, &QTimer::timeout, this, &LineProbe::poll);
    }

    void run()
    {
        m_input = m_source->start();
        if (!m_input) {
            out() << "FAIL: cannot record from " << m_source->format().sampleRate() << " Hz input\n";
            QCoreApplication::exit(2);
            return;
        }
        connect(m_input, &QIODevice::readyRead, this, &LineProbe::readAudio);
        m_clock.start();
        QTimer::singleShot(WarmUpMs, this, &LineProbe::sayNext);
    }

    int spoken() const { return m_spoken; }
    int tried() const { return m_tried; }

private:
    void sayNext()
    {
        ++m_current;
        if (m_current >= m_lines.size()) {
            m_poll.stop();
            m_source->stop();
            QCoreApplication::exit(0);
            return;
        }
        m_result = {};
        m_ended = false;
        m_speaking = false;
        m_firstLoud = -1;
        m_lastLoud = -1;
        m_endedAt = -1;
        const QString& line = m_lines[m_current];
        // Generous: a stuck engine must not hang the test, a slow one must not fail it.
        m_deadline = m_clock.elapsed() + 8000 + 4 * VoiceLines::estimatedMs(line);
        m_saidAt = m_clock.elapsed();
        m_engine.say(line);
        m_poll.start(PollMs);
    }

    void onState(SpeechEngine::State state)
    {
        if (state == SpeechEngine::State::Speaking)
            m_speaking = true;
        else if (state == SpeechEngine::State::Error || (state == SpeechEngine::State::Ready && m_speaking))
            markEnded();
    }

    void markEnded()
    {
        if (!m_ended) {
            m_ended = true;
            m_endedAt = m_clock.elapsed();
        }
    }

    void readAudio()
    {
        const QByteArray data = m_input->readAll();
        const qint64 now = m_clock.elapsed();
        const int bytesPerSample = m_format.bytesPerSample();
        const int frames = bytesPerSample > 0 ? static_cast<int>(data.size() / bytesPerSample) : 0;
        double peak = 0.0;
        for (int i = 0; i < frames; ++i)
            peak = std::max(
                peak,
                static_cast<double>(std::abs(m_format.normalizedSampleValue(data.constData() + i * bytesPerSample))));
        if (m_current < 0 || m_current >= m_lines.size())
            return;
        if (peak >= LoudPeak) {
            if (m_firstLoud < 0)
                m_firstLoud = now;
            m_lastLoud = now;
            m_result.peak = std::max(m_result.peak, peak);
        }
    }

    void poll()
    {
        const qint64 now = m_clock.elapsed();
        const bool heard = m_lastLoud >= 0;
        const bool over = (m_ended && heard && now - m_lastLoud >= QuietAfterMs)
            || (m_ended && !heard && now - m_endedAt >= LateSoundMs) || now >= m_deadline;
        if (!over)
            return;
        m_poll.stop();
        if (!m_ended)
            m_engine.stop();
        m_result.audibleMs = heard ? m_lastLoud - m_firstLoud : 0;
        m_result.heard = heard && m_result.audibleMs >= ShortestSpeechMs;
        report(now);
        // The next line waits for the monitor to be quiet, as the last check required.
        QTimer::singleShot(0, this, &LineProbe::sayNext);
    }

    void report(qint64 now)
    {
        ++m_tried;
        const bool ok = m_result.heard && m_result.error.isEmpty();
        if (ok)
            ++m_spoken;
        QString why;
        if (!m_result.error.isEmpty())
            why = QStringLiteral(" engine error: ") + m_result.error;
        else if (!m_result.heard)
            why = m_ended ? QStringLiteral(" no sound") : QStringLiteral(" the engine never finished");
        out() << (ok ? "  ok   " : "  FAIL ") << QString::number(m_result.peak, 'f', 2) << " peak "
              << QString::number(m_result.audibleMs).rightJustified(5) << " ms heard "
              << QString::number(now - m_saidAt).rightJustified(5) << " ms  \"" << m_lines[m_current] << '"' << why
              << '\n';
        out().flush();
    }

    SpeechEngine& m_engine;
    QStringList m_lines;
    QAudioFormat m_format;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice* m_input = nullptr;
    QElapsedTimer m_clock;
    QTimer m_poll;
    int m_current = -1;
    int m_spoken = 0;
    int m_tried = 0;
    LineResult m_result;
    bool m_ended = false;
    bool m_speaking = false;
    qint64 m_saidAt = 0;
    qint64 m_endedAt = -1;
    qint64 m_firstLoud = -1;
    qint64 m_lastLoud = -1;
    qint64 m_deadline = 0;
};

// The capture device whose id is `id` (a PulseAudio source name), or the default one.
QAudioDevice inputDevice(const QString& id)
{
    if (id.isEmpty())
        return QMediaDevices::defaultAudioInput();
    for (const QAudioDevice& device : QMediaDevices::audioInputs()) {
        if (QString::fromUtf8(device.id()) == id)
            return device;
    }
    return {};
}

int run(const QString& code, double rate, const QString& forcedEngine, int limit, bool listOnly, const QString& source)
{
    const QLocale language = Translations::apply(code);
    const LoadedCatalog loaded = loadCatalogs(builtInCatalogPath(), QString());
    if (!loaded.issues.isEmpty()) {
        out() << "FAIL: the built-in catalog does not load\n";
        return 2;
    }
    QStringList lines = everyVoiceLine(loaded.catalog);
    if (limit > 0 && lines.size() > limit)
        lines = lines.mid(0, limit);
    if (listOnly) {
        for (const QString& line : lines)
            out() << line << '\n';
        return 0;
    }
    QtSpeechSystem system;
    const QString summary = QStringLiteral("voice %1: ").arg(code);
    if (!system.hasAudioOutput()) {
        out() << summary << "0/" << lines.size() << " lines spoken (no sound output)\n";
        return 1;
    }
    std::unique_ptr<SpeechEngine> engine;
    if (forcedEngine.isEmpty()) {
        VoiceChoice choice = VoicePicker::pick(system, language);
        if (!choice.engine) {
            out() << summary << "0/" << lines.size() << " lines spoken (no voice: " << choice.reason << "; "
                  << QString::fromStdString(choice.logReason) << ")\n";
            return 1;
        }
        engine = std::move(choice.engine);
    } else {
        engine = system.createEngine(forcedEngine);
        const auto locale = VoicePicker::localeFor(engine->availableLocales(), language);
        if (engine->state() == SpeechEngine::State::Error || !locale) {
            out() << summary << "0/" << lines.size() << " lines spoken (" << forcedEngine
                  << " cannot speak this language: " << engine->errorString() << ")\n";
            return 1;
        }
        engine->setLocale(*locale);
    }
    engine->setRate(rate);
    const QString who = QStringLiteral("engine %1, locale %2, voice \"%3\", rate %4")
                            .arg(VoicePicker::displayName(engine->engineName()), engine->locale().name(),
                                 engine->voice(), QString::number(rate));
    out() << "saying " << lines.size() << " lines (" << who << ")\n";
    out().flush();

    const QAudioDevice input = inputDevice(source);
    if (input.isNull()) {
        out() << summary << "0/" << lines.size() << " lines spoken (no capture source " << source << ")\n";
        return 2;
    }
    LineProbe probe(*engine, lines, input);
    QTimer::singleShot(0, &probe, &LineProbe::run);
    const int status = QCoreApplication::exec();
    out() << summary << probe.spoken() << '/' << lines.size() << " lines spoken (" << who << ")\n";
    if (status != 0)
        return status;
    return probe.spoken() == lines.size() ? 0 : 1;
}

} // namespace

} // namespace limber::test

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The engine's step log would drown the results; warnings still show.
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("language"), QStringLiteral("en, de, es or fr"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("speaking rate, -1..1"), QStringLiteral("R"),
                                  QStringLiteral("0.5"));
    const QCommandLineOption engine(QStringLiteral("engine"), QStringLiteral("force an engine"),
                                    QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("first N lines only"), QStringLiteral("N"),
                                   QStringLiteral("0"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("print the lines and exit"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("capture source (default: the default)"),
                                    QStringLiteral("NAME"));
    parser.addOptions({rate, engine, limit, list, source});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    return limber::test::run(parser.positionalArguments().constFirst(), parser.value(rate).toDouble(),
                             parser.value(engine), parser.value(limit).toInt(), parser.isSet(list),
                             parser.value(source));
}
