#include "audio/WavInfo.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace limber {

namespace {

constexpr int WindowMs = 10;

quint16 u16(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

bool tagAt(const QByteArray& data, qsizetype at, const char* tag)
{
    return data.size() >= at + 4 && std::memcmp(data.constData() + at, tag, 4) == 0;
}

// End of the last 10 ms window whose RMS reaches within `belowPeakDb` of the loudest one.
int settledAfterMs(const QByteArray& samples, int channels, int sampleRate, double belowPeakDb)
{
    const qsizetype frames = samples.size() / (2 * channels);
    const qsizetype framesPerWindow = std::max<qsizetype>(1, sampleRate * WindowMs / 1000);
    std::vector<double> rms;
    for (qsizetype start = 0; start < frames; start += framesPerWindow) {
        const qsizetype end = std::min(frames, start + framesPerWindow);
        double sum = 0.0;
        for (qsizetype frame = start; frame < end; ++frame) {
            for (int channel = 0; channel < channels; ++channel) {
                const double value = qFromLittleEndian<qint16>(samples.constData() + 2 * (frame * channels + channel));
                sum += value * value;
            }
        }
        rms.push_back(std::sqrt(sum / static_cast<double>((end - start) * channels)));
    }
    double peak = 0.0;
    for (double value : rms)
        peak = std::max(peak, value);
    if (peak <= 0.0)
        return 0;
    const double threshold = peak * std::pow(10.0, -belowPeakDb / 20.0);
    int lastLoud = 0;
    for (std::size_t i = 0; i < rms.size(); ++i) {
        if (rms[i] >= threshold)
            lastLoud = static_cast<int>(i);
    }
    return (lastLoud + 1) * WindowMs;
}

} // namespace

WavInfo WavInfo::inspect(const QByteArray& wav)
{
    WavInfo info;
    if (!tagAt(wav, 0, "RIFF") || !tagAt(wav, 8, "WAVE"))
        return info;

    bool haveFormat = false;
    QByteArray samples;
    // Chunks follow the 12-byte header, each padded to an even size.
    for (qsizetype at = 12; at + 8 <= wav.size();) {
        const qsizetype size = u32(wav, at + 4);
        const qsizetype body = at + 8;
        if (body + size > wav.size() && !tagAt(wav, at, "data"))
            return info;
        if (tagAt(wav, at, "fmt ") && size >= 16) {
            const quint16 format = u16(wav, body);
            info.channels = u16(wav, body + 2);
            info.sampleRate = static_cast<int>(u32(wav, body + 4));
            info.bitsPerSample = u16(wav, body + 14);
            constexpr quint16 Pcm = 1;
            constexpr quint16 Extensible = 0xFFFE;
            haveFormat = (format == Pcm || format == Extensible) && info.channels > 0 && info.sampleRate > 0;
        } else if (tagAt(wav, at, "data")) {
            // A truncated file still tells its length from what is there.
            samples = wav.mid(body, std::min(size, wav.size() - body));
            break;
        }
        at = body + size + (size % 2);
    }
    if (!haveFormat || info.bitsPerSample != 16 || samples.isEmpty())
        return info;

    const qsizetype frames = samples.size() / (2 * info.channels);
    info.lengthMs = static_cast<int>(frames * 1000 / info.sampleRate);
    info.settledMs = settledAfterMs(samples, info.channels, info.sampleRate, SettledBelowPeakDb);
    info.valid = true;
    return info;
}

} // namespace limber
