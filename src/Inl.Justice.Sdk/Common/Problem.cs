using System.Text;

namespace Inl.Justice.Common;

/// <summary>
/// One problem found in a pack or an input document: where it is (file, JSON path and, for syntax errors, line and
/// column) and why it is a problem.
/// </summary>
/// <param name="Source">The file name or other label of the document, or <see langword="null"/>.</param>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.items[3].bands[1].max</c>; <c>$</c> for the whole document.</param>
/// <param name="Message">Why it is a problem, in words a pack author understands.</param>
/// <param name="Line">1-based line of a syntax error, when known.</param>
/// <param name="Column">1-based byte position in the line of a syntax error, when known.</param>
public sealed record Problem(string? Source, string Path, string Message, long? Line = null, long? Column = null)
{
    /// <summary>Formats the problem on one line: <c>file(line,col): $.path: message</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Source is not null)
        {
            sb.Append(Source);
            if (Line is not null)
            {
                sb.Append('(').Append(Line.Value);
                if (Column is not null)
                {
                    sb.Append(',').Append(Column.Value);
                }
                sb.Append(')');
            }
            sb.Append(": ");
        }
        return sb.Append(Path).Append(": ").Append(Message).ToString();
    }
}
