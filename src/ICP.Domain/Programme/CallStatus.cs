namespace ICP.Domain.Programme;

/// <summary>Whether a call is visible to the public.</summary>
public enum CallStatus
{
    Draft,
    Published,
    Archived,
}
