namespace ICP.Domain.Common;

/// <summary>A deadline extension (for everyone or for one city) that the programme's rules refuse.</summary>
public sealed class DeadlineRefusedException(DeadlineRefusal reason)
    : DomainException("deadline-refused", $"Deadline change refused: {reason}.")
{
    public DeadlineRefusal Reason { get; } = reason;
}
