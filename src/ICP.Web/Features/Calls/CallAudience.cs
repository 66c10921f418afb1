namespace ICP.Web.Features.Calls;

/// <summary>
/// Who the call is read for. The public and applicants see the call only while it is published;
/// staff see it whatever its status, so that they can prepare or wind up a call nobody else sees.
/// </summary>
public enum CallAudience
{
    Public,
    Staff,
}
