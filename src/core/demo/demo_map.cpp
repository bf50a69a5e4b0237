#include "core/demo/demo_map.h"

namespace huddle::core::demo {
namespace {

// Approximate coordinates of real places; plausible, not survey grade.
constexpr std::array<HotPlace, 9> kHotPlaces = {{
    {"mass-cass", "Massachusetts Ave & Melnea Cass Blvd", 42.33340, -71.07410, Trend::persistent, 4.0, 1.5, 0.4, 0.6, 1.0, 1.2},
    {"atkinson", "Atkinson St & Southampton St", 42.33180, -71.06900, Trend::persistent, 2.0, 1.2, 0.3, 0.5, 0.4, 0.5},
    {"common", "Tremont St & Boylston St", 42.35220, -71.06450, Trend::persistent, 1.5, 0.4, 0.1, 0.3, 0.5, 1.0},
    {"dtx", "Washington St & Summer St", 42.35560, -71.06040, Trend::persistent, 0.6, 0.3, 0.2, 0.5, 0.3, 1.0},
    {"nubian", "Washington St & Dudley St", 42.32930, -71.08380, Trend::persistent, 1.0, 0.3, 0.1, 0.6, 0.4, 0.6},
    {"andrew", "Dorchester Ave & Southampton St", 42.33030, -71.05750, Trend::persistent, 0.8, 0.3, 0.1, 0.4, 0.3, 0.3},
    {"haymarket", "Congress St & New Sudbury St", 42.36170, -71.05820, Trend::persistent, 0.4, 0.2, 0.3, 1.0, 0.2, 0.5},
    {"uphams", "Columbia Rd & Dudley St", 42.31660, -71.06600, Trend::surging, 4.0, 2.0, 0.3, 0.5, 2.0, 1.0},
    {"fenway", "Boylston St & Ipswich St", 42.34650, -71.08950, Trend::cooling, 4.5, 1.5, 0.5, 0.6, 0.8, 0.9},
}};

constexpr std::array<Street, 62> kStreets = {{
    {"Cambridge St", 42.35300, -71.13300, 100, 600},      {"Brighton Ave", 42.35300, -71.12900, 50, 450},
    {"Washington St", 42.34900, -71.15500, 300, 700},     {"Commonwealth Ave", 42.34950, -71.13000, 1000, 1900},
    {"Market St", 42.35200, -71.15500, 200, 500},         {"Boylston St", 42.34900, -71.08000, 300, 900},
    {"Newbury St", 42.35000, -71.08100, 100, 360},        {"Brookline Ave", 42.34500, -71.10000, 200, 450},
    {"Park Dr", 42.34400, -71.09900, 100, 300},           {"Tremont St", 42.34300, -71.07200, 500, 800},
    {"Shawmut Ave", 42.34200, -71.07000, 400, 700},       {"Harrison Ave", 42.34000, -71.06900, 600, 800},
    {"Blue Hill Ave", 42.31500, -71.08300, 200, 700},     {"Warren St", 42.31900, -71.08200, 100, 500},
    {"Dudley St", 42.32600, -71.07800, 100, 400},         {"Malcolm X Blvd", 42.33000, -71.09000, 1, 150},
    {"Columbus Ave", 42.32500, -71.09200, 1100, 1500},    {"Dorchester Ave", 42.30500, -71.05900, 1100, 1600},
    {"Bowdoin St", 42.30600, -71.06800, 100, 350},        {"Geneva Ave", 42.30300, -71.07200, 200, 600},
    {"Washington St", 42.29500, -71.07200, 1500, 1900},   {"Adams St", 42.29300, -71.05500, 300, 700},
    {"Talbot Ave", 42.29300, -71.07800, 100, 500},        {"Quincy St", 42.31300, -71.07300, 100, 300},
    {"Blue Hill Ave", 42.28000, -71.09100, 1200, 1700},   {"River St", 42.27000, -71.09300, 1, 300},
    {"Morton St", 42.28300, -71.08600, 100, 500},         {"Centre St", 42.31100, -71.11400, 400, 800},
    {"South St", 42.30700, -71.11800, 1, 200},            {"Washington St", 42.30400, -71.10700, 3000, 3500},
    {"Hyde Park Ave", 42.29600, -71.11500, 1, 400},       {"Washington St", 42.28700, -71.12700, 4100, 4400},
    {"Belgrade Ave", 42.28600, -71.13200, 1, 200},        {"Cummins Hwy", 42.28100, -71.11900, 1, 300},
    {"Centre St", 42.28000, -71.15600, 1700, 2000},       {"Spring St", 42.27300, -71.16400, 1, 300},
    {"Hyde Park Ave", 42.25600, -71.12400, 1200, 1500},   {"River St", 42.25500, -71.12300, 1200, 1500},
    {"Truman Pkwy", 42.25000, -71.11400, 1, 400},         {"W Broadway", 42.33600, -71.05200, 100, 400},
    {"E Broadway", 42.33600, -71.04000, 500, 800},        {"Dorchester St", 42.33300, -71.04800, 1, 300},
    {"L St", 42.33300, -71.03400, 1, 200},                {"Meridian St", 42.37500, -71.03900, 1, 400},
    {"Bennington St", 42.37900, -71.03000, 100, 600},     {"Border St", 42.37200, -71.04000, 1, 300},
    {"Saratoga St", 42.38100, -71.03100, 100, 500},       {"Bunker Hill St", 42.37800, -71.06400, 1, 300},
    {"Main St", 42.37600, -71.06400, 1, 400},             {"Medford St", 42.38000, -71.06000, 1, 500},
    {"Hanover St", 42.36400, -71.05400, 200, 400},        {"Tremont St", 42.35700, -71.06200, 100, 200},
    {"Cambridge St", 42.36100, -71.06500, 1, 250},        {"Washington St", 42.35750, -71.05900, 200, 400},
    {"Huntington Ave", 42.33300, -71.10500, 700, 900},    {"Tremont St", 42.33300, -71.10000, 1400, 1600},
    {"Kneeland St", 42.35000, -71.06000, 1, 120},         {"Beach St", 42.35150, -71.06000, 1, 90},
    {"Albany St", 42.33600, -71.06900, 600, 900},         {"Southampton St", 42.33200, -71.06400, 1, 300},
    {"Mass Ave", 42.33900, -71.07600, 600, 800},          {"Frontage Rd", 42.33700, -71.06600, 1, 100},
}};

}  // namespace

std::span<const HotPlace> hot_places() { return kHotPlaces; }
std::span<const Street> streets() { return kStreets; }

}  // namespace huddle::core::demo
