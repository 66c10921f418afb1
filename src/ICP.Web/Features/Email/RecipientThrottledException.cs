namespace ICP.Web.Features.Email;

/// <summary>An address received as many unsolicited messages in the last hour as <see cref="RecipientThrottle"/> allows.</summary>
public sealed class RecipientThrottledException(int perHour) : Exception($"At most {perHour} such messages an hour go to one address.")
{
    public int PerHour { get; } = perHour;
}
