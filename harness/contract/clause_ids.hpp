#pragma once

#include <string_view>

// The ids of the clauses that are declared one by one (the stated clauses and the error
// clauses); tests name them through these, so a misspelt id does not compile. Ids are stable:
// never renumbered, only retired. Described members, error rows and parameter limits that tests
// reach through their tables have their ids in those tables.
namespace ucwa::contract::id {

inline constexpr std::string_view ESC_RESP_1 = "ESC-RESP-1";
inline constexpr std::string_view REP_CTYPE_1 = "REP-CTYPE-1";
inline constexpr std::string_view REP_CTYPE_2 = "REP-CTYPE-2";
inline constexpr std::string_view REP_CTYPE_3 = "REP-CTYPE-3";
inline constexpr std::string_view REP_SHAPE_1 = "REP-SHAPE-1";
inline constexpr std::string_view AVI_REL_1 = "AVI-REL-1";
inline constexpr std::string_view AVI_LINK_1 = "AVI-LINK-1";
inline constexpr std::string_view AVI_ECHO_1 = "AVI-ECHO-1";
inline constexpr std::string_view AVI_ECHO_2 = "AVI-ECHO-2";
inline constexpr std::string_view PAR_LINK_1 = "PAR-LINK-1";
inline constexpr std::string_view DSC_1 = "DSC-1";
inline constexpr std::string_view DSC_2 = "DSC-2";
inline constexpr std::string_view RES_1 = "RES-1";
inline constexpr std::string_view RES_2 = "RES-2";
inline constexpr std::string_view RES_3 = "RES-3";
inline constexpr std::string_view RES_4 = "RES-4";
inline constexpr std::string_view SDP_1 = "SDP-1";
inline constexpr std::string_view SDP_2 = "SDP-2";
inline constexpr std::string_view PTY_1 = "PTY-1";
inline constexpr std::string_view PTY_2 = "PTY-2";
inline constexpr std::string_view AUTH_1 = "AUTH-1";
inline constexpr std::string_view AUTH_2 = "AUTH-2";
inline constexpr std::string_view AUTH_4 = "AUTH-4";
inline constexpr std::string_view AUTH_5 = "AUTH-5";
inline constexpr std::string_view AUTH_6 = "AUTH-6";
inline constexpr std::string_view AUTH_7 = "AUTH-7";
inline constexpr std::string_view GEN_ERR_3 = "GEN-ERR-3";
inline constexpr std::string_view GEN_ERR_5 = "GEN-ERR-5";
inline constexpr std::string_view ESC_ERR_1 = "ESC-ERR-1";
inline constexpr std::string_view ESC_ERR_2 = "ESC-ERR-2";
inline constexpr std::string_view ESC_ERR_3 = "ESC-ERR-3";
inline constexpr std::string_view ESC_ERR_4 = "ESC-ERR-4";
inline constexpr std::string_view ESC_ERR_5 = "ESC-ERR-5";
inline constexpr std::string_view GEN_ERR_1 = "GEN-ERR-1";
inline constexpr std::string_view GEN_ERR_2 = "GEN-ERR-2";
inline constexpr std::string_view GEN_ERR_4 = "GEN-ERR-4";
inline constexpr std::string_view GEN_ERR_6 = "GEN-ERR-6";
inline constexpr std::string_view GEN_ERR_7 = "GEN-ERR-7";
inline constexpr std::string_view GEN_ERR_8 = "GEN-ERR-8";
inline constexpr std::string_view AUTH_3 = "AUTH-3";
inline constexpr std::string_view EVT_1 = "EVT-1";
inline constexpr std::string_view EVT_2 = "EVT-2";
inline constexpr std::string_view EVT_3 = "EVT-3";
inline constexpr std::string_view EVT_4 = "EVT-4";
inline constexpr std::string_view EVT_5 = "EVT-5";
inline constexpr std::string_view EVT_6 = "EVT-6";
inline constexpr std::string_view EVT_7 = "EVT-7";
inline constexpr std::string_view EVT_8 = "EVT-8";
inline constexpr std::string_view EVT_9 = "EVT-9";
inline constexpr std::string_view EVT_10 = "EVT-10";
inline constexpr std::string_view EVT_11 = "EVT-11";
inline constexpr std::string_view EVT_12 = "EVT-12";
inline constexpr std::string_view EVT_13 = "EVT-13";
inline constexpr std::string_view EVT_14 = "EVT-14";
inline constexpr std::string_view EVT_15 = "EVT-15";
inline constexpr std::string_view EVT_16 = "EVT-16";
inline constexpr std::string_view EVT_17 = "EVT-17";
// Under load (ucwa-conform load): escalations in flight together.
inline constexpr std::string_view LOAD_1 = "LOAD-1";
inline constexpr std::string_view LOAD_2 = "LOAD-2";
inline constexpr std::string_view LOAD_3 = "LOAD-3";

}  // namespace ucwa::contract::id
