using System.Linq.Expressions;

namespace ICP.Web.Features.Applications;

/// <summary>One key of a list's order: what it sorts on, and which way.</summary>
internal sealed class SortKey<TRow>
{
    private readonly Func<IQueryable<TRow>, IOrderedQueryable<TRow>?, bool, IOrderedQueryable<TRow>> _apply;
    private readonly Func<TRow, object?> _value;

    private SortKey(LambdaExpression selector, bool descending, Func<IQueryable<TRow>, IOrderedQueryable<TRow>?, bool, IOrderedQueryable<TRow>> apply, Func<TRow, object?> value)
    {
        Selector = selector;
        Descending = descending;
        _apply = apply;
        _value = value;
    }

    public LambdaExpression Selector { get; }

    public Type Type => Selector.ReturnType;

    public bool Descending { get; }

    public static SortKey<TRow> Of<T>(Expression<Func<TRow, T>> selector, bool descending)
    {
        var compiled = selector.Compile();
        return new SortKey<TRow>(
            selector,
            descending,
            (rows, ordered, down) => ordered is null
                ? down ? rows.OrderByDescending(selector) : rows.OrderBy(selector)
                : down ? ordered.ThenByDescending(selector) : ordered.ThenBy(selector),
            row => compiled(row));
    }

    public IOrderedQueryable<TRow> Apply(IQueryable<TRow> rows, IOrderedQueryable<TRow>? ordered, bool descending) => _apply(rows, ordered, descending);

    public object? ValueOf(TRow row) => _value(row);
}
