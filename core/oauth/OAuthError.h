// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace tsunagu {

// What went wrong while signing in or renewing a sign-in. ui and the command line choose the words from the code;
// the detail is technical and never holds a code, a token or a verifier.
enum class OAuthError
{
    ClientIdMissing,  // no client ID registered for the provider (build option or settings)
    InsecureEndpoint, // an authorize or token address that is not https (plain http only to this computer)
    ListenFailed,     // no port on 127.0.0.1 for the browser to come back to
    Declined,         // the provider sent the browser back with an error (the host said no, or it failed)
    StateMismatch,    // the answer in the browser was not for this sign-in (RFC 6749 §10.12): refused
    TimedOut,         // nobody came back within the wait
    Unreachable,      // the token address could not be reached
    SignInAgain,      // the refresh token is no longer accepted (invalid_grant): the host must sign in again
    Refused,          // the token address answered with another error
    BadResponse,      // the token address answered something that is not a token
    NotSignedIn,      // nothing stored for the account yet
};

using OAuthFailure = Error<OAuthError>;

template <typename T>
using OAuthResult = Result<T, OAuthError>;

} // namespace tsunagu
