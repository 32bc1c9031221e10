-- A teacher reads the students of their studios (seed 003's access): those enrolled at a studio they teach at, those
-- whose primary teacher they are, and those they have a lesson or a recurring pattern with (a student of another studio
-- they teach as a guest). Students of no studio (the sales portal's) are not a teacher's.
CREATE FUNCTION teacher_sees_student(student uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM students s JOIN teachers t ON t.user_id = viewer
        WHERE s.id = student AND (t.studio_id = s.studio_id OR t.id = s.primary_teacher_id))
    OR EXISTS (SELECT 1 FROM lessons l JOIN teachers t ON t.id = l.teacher_id WHERE l.student_id = student AND t.user_id = viewer)
    OR EXISTS (SELECT 1 FROM recurring_patterns p JOIN teachers t ON t.id = p.teacher_id WHERE p.student_id = student AND t.user_id = viewer)
$$;
