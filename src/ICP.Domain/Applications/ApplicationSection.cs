namespace ICP.Domain.Applications;

/// <summary>One saved step of the draft: its answers as JSON, whether they are complete, who saved them last.</summary>
public sealed class ApplicationSection
{
    private ApplicationSection()
    {
        DataJson = "{}";
    }

    internal ApplicationSection(ApplicationStep step)
    {
        Step = step;
        DataJson = "{}";
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public ApplicationStep Step { get; private set; }

    public string DataJson { get; private set; }

    public bool IsComplete { get; private set; }

    /// <summary>Concurrency token: the version an editor started from must still be the saved one.</summary>
    public Guid Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public string? UpdatedByName { get; private set; }

    /// <summary>The answers and the editor's name erased (retention over); the step's completeness stays, for statistics.</summary>
    internal void Erase(DateTimeOffset at)
    {
        DataJson = "{}";
        UpdatedBy = null;
        UpdatedByName = ErasedData.Name;
        UpdatedAt = at.ToUniversalTime();
        Version = Guid.NewGuid();
    }

    internal void Update(string dataJson, bool isComplete, Actor actor, DateTimeOffset at)
    {
        DataJson = dataJson;
        IsComplete = isComplete;
        UpdatedAt = at.ToUniversalTime();
        UpdatedBy = actor.UserId;
        UpdatedByName = actor.Name;
        Version = Guid.NewGuid();
    }
}
