/** The outcome of a form submission: an error is announced at once, a success politely. */
export interface FormOutcome {
  kind: "error" | "success";
  text: string;
}

export function FormMessage({ message }: { message: FormOutcome | null }) {
  if (!message) return null;
  const isError = message.kind === "error";
  return (
    <p className={isError ? "form-error" : "form-success"} role={isError ? "alert" : "status"}>
      {message.text}
    </p>
  );
}
