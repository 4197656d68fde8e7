-- notes-revealed changes kept their notes as a bare JSON array; like every other change they now keep an object.
UPDATE canvas_change
   SET before_state = jsonb_build_object('notes', before_state)
 WHERE kind = 'notes-revealed' AND jsonb_typeof(before_state) = 'array';
UPDATE canvas_change
   SET after_state = jsonb_build_object('notes', after_state)
 WHERE kind = 'notes-revealed' AND jsonb_typeof(after_state) = 'array';
