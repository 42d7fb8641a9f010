#pragma once

namespace limber {

// The summary's one-click offer of stretch reminders after a finished
// session: made while reminders are off, and only until it was taken once.
class ReminderOffer final {
public:
    static bool shouldOffer(int exercisesCompleted);
    // Turns reminders on with their defaults (weekdays, after 50 minutes of use).
    static void accept();
};

} // namespace limber
