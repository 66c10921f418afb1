namespace ICP.Domain.Programme;

/// <summary>Where a call's application window stands at a given instant.</summary>
public enum CallState
{
    NotYetOpen,
    Open,
    Closed,
}
