namespace ICP.Web.Configuration;

/// <summary>
/// The clock authenticator codes are checked against. An authenticator app on a phone runs on real
/// time, so this is the system clock even while the portal's clock is simulated for a demo
/// (otherwise no real authenticator could sign in to a demo standing in 2021). Tests replace it
/// with their own clock.
/// </summary>
public sealed class AuthenticatorClock(TimeProvider timeProvider)
{
    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();
}
