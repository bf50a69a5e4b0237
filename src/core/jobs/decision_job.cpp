#include "core/jobs/decision_job.h"

#include <algorithm>

#include "core/error.h"

namespace huddle::core {

void agree_action(Store& store, const Huddle& huddle, Action& action, const std::string& who) {
  action.huddle_id = huddle.id;
  store.transaction([&] {
    store.actions().add(action, who);
    if (!action.place_id.empty()) store.huddles().clear_no_action(huddle.id, action.place_id);
  });
}

void agree_no_action(Store& store, const Huddle& huddle, const NoAction& decision) {
  const bool blank = std::all_of(decision.reason.begin(), decision.reason.end(),
                                 [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  if (blank) throw Error("say why no action is needed: the reason is required");
  const auto agreed = agreed_on_place(store.actions().list(), huddle.id, decision.place_id);
  if (std::any_of(agreed.begin(), agreed.end(), [](const Action& a) { return a.status != ActionStatus::dropped; })) {
    throw Error("an action on this place was agreed at this huddle; drop it on the Actions page first");
  }
  store.huddles().set_no_action(huddle.id, decision);
}

std::vector<Action> agreed_on_place(const std::vector<Action>& actions, std::int64_t huddle_id,
                                    const std::string& place_id) {
  std::vector<Action> out;
  for (const auto& a : actions) {
    if (a.huddle_id == huddle_id && a.place_id == place_id) out.push_back(a);
  }
  return out;
}

}  // namespace huddle::core
