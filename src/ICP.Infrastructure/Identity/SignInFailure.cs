namespace ICP.Infrastructure.Identity;

/// <summary>
/// A failed sign-in: which address was tried, from which network, when. Sign-in is refused to a
/// network that failed too often for an address lately, and to everyone when an address failed
/// too often from many networks; one network alone cannot lock a person out (issue 9).
/// </summary>
public sealed class SignInFailure
{
    private SignInFailure()
    {
        Account = string.Empty;
        Source = string.Empty;
    }

    public SignInFailure(string account, string source, DateTimeOffset at)
    {
        Account = account;
        Source = source;
        At = at.ToUniversalTime();
    }

    public long Id { get; private set; }

    /// <summary>The address tried, in capitals (as Identity normalises user names), whether or not it has an account.</summary>
    public string Account { get; private set; }

    /// <summary>The client's network: an IPv4 /24 or an IPv6 /64, e.g. "203.0.113.0/24".</summary>
    public string Source { get; private set; }

    public DateTimeOffset At { get; private set; }
}
