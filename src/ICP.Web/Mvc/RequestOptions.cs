namespace ICP.Web.Mvc;

/// <summary>Settings in the <c>Requests</c> section.</summary>
public sealed class RequestOptions
{
    /// <summary>
    /// The longest a request's body may take to arrive once its headers are in (2 minutes: a 5 MB
    /// letter over a 512 kbit/s line). A body still arriving then is answered 408 and not acted on.
    /// </summary>
    public TimeSpan BodyTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
