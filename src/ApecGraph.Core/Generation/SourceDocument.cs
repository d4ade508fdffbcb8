using System.Text;

namespace ApecGraph.Core.Generation;

/// <summary>The text of one generated source document, built sentence by sentence. Each sentence is returned as the
/// quote that cites it, an exact slice of the text: sentences are separated by one space, paragraphs by one line break
/// (so whitespace folding maps the text onto itself, character for character).</summary>
internal sealed class SourceDocument(string id, string fileName)
{
    private const int SentencesPerParagraph = 6;
    private readonly StringBuilder text = new();

    public string Id => id;
    public string FileName => fileName;
    public int Sentences { get; private set; }

    public Quote Say(string sentence, params string[] supports)
    {
        if (Sentences > 0)
        {
            text.Append(Sentences % SentencesPerParagraph == 0 ? '\n' : ' ');
        }
        text.Append(sentence);
        Sentences++;
        return new Quote(id, sentence, supports.Length == 0 ? null : supports);
    }

    public void WriteTo(string directory) =>
        File.WriteAllText(Path.Combine(directory, fileName), text.Append('\n').ToString(), new UTF8Encoding(false));
}
