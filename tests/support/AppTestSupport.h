#pragma once

#include "home/BodyRegionPicker.h"

#include "limber/Catalog.h"
#include "limber/CatalogLoader.h"

#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <algorithm>

namespace limber::test {

// The catalog the app ships, loaded once for the whole test run.
inline const Catalog& builtinCatalog()
{
    static const Catalog catalog = [] {
        const LoadedCatalog loaded = loadCatalogs(builtInCatalogPath(), QString());
        EXPECT_TRUE(loaded.issues.isEmpty()) << "the built-in catalog should load cleanly";
        return loaded.catalog;
    }();
    return catalog;
}

// Shortcuts only fire in the active window, as for a person at the keyboard.
inline void showActive(QWidget& window)
{
    window.show();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
}

// A point that lies inside the drawn region, found from the middle of its
// bounding box outwards (the box's centre can fall outside a curved shape).
inline QPoint pointInRegion(const BodyRegionPicker& picker, int index)
{
    const QRect box = picker.regionRect(index);
    const QPoint centre = box.center();
    for (int radius = 0; radius < std::max(box.width(), box.height()); radius += 2) {
        for (int dx = -radius; dx <= radius; dx += 2) {
            for (int dy : {-radius, radius}) {
                const QPoint candidate = centre + QPoint(dx, dy);
                if (picker.regionAt(candidate) == index)
                    return candidate;
                const QPoint transposed = centre + QPoint(dy, dx);
                if (picker.regionAt(transposed) == index)
                    return transposed;
            }
        }
    }
    ADD_FAILURE() << "no point found inside region " << index;
    return centre;
}

// Each widget test starts from a fresh settings store (the reminder not yet
// read, no saved window size).
class WidgetTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

} // namespace limber::test
