namespace ICP.Domain.Activities;

/// <summary>What staff attach to an activity once it took place.</summary>
public enum ActivityOutputKind
{
    Slides,
    Recording,
    Report,
    Other,
}
