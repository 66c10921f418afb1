namespace ICP.Domain.Common;

/// <summary>
/// A rule of the programme was broken. <see cref="Code"/> is stable: the web layer turns it into a
/// localised message, so the English <see cref="Exception.Message"/> is for logs only.
/// </summary>
public abstract class DomainException : Exception
{
    protected DomainException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }
}
