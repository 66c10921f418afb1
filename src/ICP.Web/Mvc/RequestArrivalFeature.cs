namespace ICP.Web.Mvc;

/// <summary>
/// The instant a request had fully reached the portal, by the portal's clock: when its headers were
/// in for a request without a body, when the last byte of its body was in otherwise. Deadlines are
/// judged against it, so a request whose body trickles in across the deadline (its headers sent at
/// 23:59:54, its answers at 00:05) is late, and nothing the client sends can move it.
/// </summary>
public sealed class RequestArrivalFeature(DateTimeOffset arrivedAt)
{
    public DateTimeOffset ArrivedAt { get; } = arrivedAt;
}
