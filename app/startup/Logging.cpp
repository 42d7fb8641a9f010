#include "startup/Logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace limber {

namespace {

constexpr std::size_t MaxLogFileBytes = 2 * 1024 * 1024;
constexpr std::size_t KeptLogFiles = 3;

void routeQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::default_logger()->flush();
        std::abort();
    }
}

} // namespace

QString setUpLogging(bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());

    QString logPath;
    QString problem;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    if (QDir().mkpath(folder)) {
        const QString candidate = folder + QStringLiteral("/limber.log");
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(candidate).toStdString(), MaxLogFileBytes, KeptLogFiles));
            logPath = candidate;
        } catch (const spdlog::spdlog_ex& error) {
            problem = QString::fromLocal8Bit(error.what());
        }
    } else {
        problem = QStringLiteral("cannot create the folder");
    }

    auto logger = std::make_shared<spdlog::logger>("limber", sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(routeQtMessage);

    if (logPath.isEmpty())
        spdlog::warn("cannot write the log file in {} ({}); logging to the terminal only", folder.toStdString(),
                     problem.toStdString());
    return logPath;
}

} // namespace limber
