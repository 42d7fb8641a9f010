#pragma once

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace limber::test {

// The lines logged at info level and above while one of these lives, as
// "LEVEL message" (e.g. "info session paused at step 2 ...").
class LogCapture final {
public:
    LogCapture()
        : m_sink(std::make_shared<spdlog::sinks::ostream_sink_mt>(m_stream))
        , m_level(spdlog::default_logger()->level())
    {
        m_sink->set_pattern("%l %v");
        spdlog::default_logger()->sinks().push_back(m_sink);
        spdlog::set_level(spdlog::level::info);
    }
    ~LogCapture()
    {
        auto& sinks = spdlog::default_logger()->sinks();
        sinks.erase(std::remove(sinks.begin(), sinks.end(), m_sink), sinks.end());
        spdlog::set_level(m_level);
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    std::string text() const { return m_stream.str(); }
    // The captured lines that contain `needle`.
    std::vector<std::string> lines(const std::string& needle) const
    {
        std::vector<std::string> found;
        std::istringstream all(text());
        for (std::string line; std::getline(all, line);) {
            if (line.find(needle) != std::string::npos)
                found.push_back(line);
        }
        return found;
    }
    // How many times `needle` was logged.
    int count(const std::string& needle) const
    {
        int found = 0;
        const std::string all = text();
        for (auto at = all.find(needle); at != std::string::npos; at = all.find(needle, at + 1))
            ++found;
        return found;
    }

private:
    std::ostringstream m_stream;
    std::shared_ptr<spdlog::sinks::ostream_sink_mt> m_sink;
    spdlog::level::level_enum m_level;
};

} // namespace limber::test
