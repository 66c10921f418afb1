using ICP.Domain.Common;

namespace ICP.Domain.Evaluation;

/// <summary>An application given to an evaluator to score. Impossible when they declared a conflict.</summary>
public sealed class Assignment
{
    private Assignment()
    {
        EvaluatorId = string.Empty;
        AssignedBy = string.Empty;
    }

    private Assignment(int applicationId, string evaluatorId, string assignedBy, DateTimeOffset at)
    {
        ApplicationId = applicationId;
        EvaluatorId = evaluatorId;
        AssignedBy = assignedBy;
        AssignedAt = at.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public string EvaluatorId { get; private set; }

    public string AssignedBy { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public static Assignment Create(
        int applicationId, int localAuthorityId, string countryCode, EvaluatorDeclaration? declaration, string assignedBy, DateTimeOffset at)
    {
        if (declaration is not { IsConfirmed: true })
        {
            throw new DeclarationMissingException();
        }

        if (declaration.ConflictsWith(localAuthorityId, countryCode))
        {
            throw new ConflictOfInterestException();
        }

        return new Assignment(applicationId, declaration.EvaluatorId, assignedBy, at);
    }
}
